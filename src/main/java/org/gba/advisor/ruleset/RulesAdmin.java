package org.gba.advisor.ruleset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gba.advisor.audit.AuditLog;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseException;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;

/**
 * The rules in service and their versions: the status of this instance against the published version, drafts
 * (an analyst's edits of numbers and texts, an admin's upload of files, or this instance's rules folder), their
 * impact, the diff between two versions, and publishing one for every instance. Nothing is stored or published
 * that does not compile here.
 */
public class RulesAdmin {
    /** How long an instance that stopped reporting is still listed. */
    private static final Duration SEEN_WITHIN = Duration.ofMinutes(2);
    private final RuleEngine engine;
    private final RuleSets sets;
    private final RuleSync sync;
    private final RuleSetReview review;
    private final AuditLog audit;
    private final Clock clock;
    // Per instance on purpose: a reload reads this instance's own rules folder.
    private volatile Attempt lastAttempt;

    public RulesAdmin(RuleEngine engine, RuleSets sets, RuleSync sync, RuleSetReview review, AuditLog audit,
                      Clock clock) {
        this.engine = engine;
        this.sets = sets;
        this.sync = sync;
        this.review = review;
        this.audit = audit;
        this.clock = clock;
    }

    /** The last reload tried on this instance: published and swapped in, or refused with the compiler's errors. */
    @Schema(name = "RulesReloadAttempt")
    public record Attempt(Instant at, String by, boolean swapped, String version, Integer ruleSet, List<String> errors) {
    }

    /**
     * The rules this instance serves, the version published for all, and what each instance said it serves.
     * {@code errors} are those of a published version this instance could not compile, else of its last reload.
     */
    @Schema(name = "RulesStatus")
    public record Status(@Schema(description = "The hash of the rules this instance serves, as in X-Rules-Version")
                         String version,
                         @Schema(description = "The rule set version this instance serves") Integer ruleSet,
                         @Schema(description = "The rule set version published for every instance") Integer activeRuleSet,
                         @Schema(description = "Whether this instance serves another version than the published one, "
                                 + "because that one does not compile here") boolean stale,
                         String instance, String mode, Instant loadedAt, List<String> files, int rules,
                         @Schema(description = "Whether this instance hears publications at once (PostgreSQL "
                                 + "LISTEN/NOTIFY); it also checks every pollSeconds") boolean listening,
                         double pollSeconds, RuleSync.Failure activation, Attempt lastAttempt, List<String> errors,
                         List<RuleSets.InstanceState> instances) {
    }

    /** What a candidate would change against the rules it is compared with. */
    @Schema(name = "RulesImpact")
    public record Impact(@Schema(description = "The hash of the rules compared against") String currentVersion,
                         @Schema(description = "The rule set version compared against, if a stored one")
                         Integer currentRuleSet,
                         @Schema(description = "The hash of the candidate; absent when it does not compile")
                         String candidateVersion, List<String> errors, int profilesReplayed,
                         List<RuleSetReview.ProfileImpact> profiles, List<RuleSetReview.FixtureCheck> fixtures,
                         @Schema(description = "How long the candidate took to compile and replay, in ms") long millis) {
    }

    public Status status() {
        RuleBase rules = engine.current();
        RuleSync.State state = sync.state();
        Attempt last = lastAttempt;
        List<String> errors = state.stale() ? state.failure().errors()
                : last == null || last.swapped() ? List.of() : last.errors();
        return new Status(rules.version(), state.servingVersion(), state.activeVersion(), state.stale(),
                state.instance(), rules.mode().name(), rules.loadedAt(), rules.files(), rules.rules().size(),
                state.listening(), state.pollInterval().toMillis() / 1000.0, state.failure(), last, errors,
                sets.instances(SEEN_WITHIN));
    }

    /**
     * Compiles this instance's rules folder aside; if it compiles and differs from the published version, stores
     * it as a new version, publishes it and swaps it in here (the other instances follow). With errors the rules
     * in service keep serving everywhere.
     */
    public Attempt reload(String by) {
        Attempt attempt;
        try {
            Map<String, byte[]> files = RuleBaseLoader.readFolder(engine.folder());
            RuleBase fresh = engine.compile(files, engine.folder().toString());
            int version = publishedVersionOf(fresh, files, by);
            attempt = new Attempt(clock.instant(), by, true, fresh.version(), version, List.of());
        } catch (RuleBaseException e) {
            attempt = new Attempt(clock.instant(), by, false, null, null, e.problems());
        }
        lastAttempt = attempt;
        audit.record(by, attempt.swapped() ? "RULES_RELOADED" : "RULES_RELOAD_REFUSED",
                attempt.swapped() ? attempt.version() : engine.current().version(),
                attempt.swapped() ? null : String.join("\n", attempt.errors()));
        return attempt;
    }

    private int publishedVersionOf(RuleBase fresh, Map<String, byte[]> files, String by) {
        Integer active = sets.active().map(RuleSets.Publication::version).orElse(null);
        if (active != null && sets.find(active).map(RuleSets.Version::hash).orElse("").equals(fresh.version())) {
            sync.adopt(active, fresh);
            return active;
        }
        RuleSets.Version v = sets.create(files, active, by, "rules/ of " + sync.instance() + ", reloaded",
                RuleSets.Origin.FOLDER);
        sets.publish(v.version(), by, "reload of " + sync.instance() + "'s rules folder");
        sync.adopt(v.version(), fresh);
        return v.version();
    }

    /** What this instance's rules folder as it is now would change against the rules in service. */
    public Impact impact() {
        RuleBase current = engine.current();
        long start = System.nanoTime();
        RuleBase candidate;
        try {
            candidate = engine.compile(RuleBaseLoader.readFolder(engine.folder()), engine.folder().toString());
        } catch (RuleBaseException e) {
            return new Impact(current.version(), sync.servingVersion(), null, e.problems(), 0, List.of(), List.of(),
                    millis(start));
        }
        return impact(current, sync.servingVersion(), candidate, start);
    }

    private Impact impact(RuleBase base, Integer baseVersion, RuleBase candidate, long start) {
        try {
            return impactKeeping(base, baseVersion, candidate, start);
        } finally {
            if (candidate != engine.current()) {
                candidate.close();
            }
        }
    }

    /** The impact of {@code candidate} against {@code base}, leaving both open (the caller keeps them). */
    Impact impactKeeping(RuleBase base, Integer baseVersion, RuleBase candidate, long start) {
        RuleSetReview.Report r = review.impact(base, candidate);
        return new Impact(base.version(), baseVersion, candidate.version(), List.of(), r.profilesReplayed(),
                r.profiles(), r.fixtures(), millis(start));
    }

    static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
