package org.gba.advisor.ruleset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.advice.Change;
import org.gba.advisor.audit.AuditLog;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseException;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.profiles.ProfileStore;

/**
 * Reloads of the rules folder while the service runs. A candidate is compiled aside; with errors the rule base
 * in service stays and the errors are kept for {@code GET /api/v1/rules}. The impact report replays every
 * stored profile's current version with the candidate before anyone swaps it in.
 */
public class RulesAdmin {
    private final RuleEngine engine;
    private final ProfileStore store;
    private final AuditLog audit;
    private final Clock clock;
    // Per instance on purpose: each instance compiles its own copy of the rules folder.
    private volatile Attempt lastAttempt;

    public RulesAdmin(RuleEngine engine, ProfileStore store, AuditLog audit, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The last reload tried on this instance: swapped in, or refused with the compiler's errors. */
    @Schema(name = "RulesReloadAttempt")
    public record Attempt(Instant at, String by, boolean swapped, String version, List<String> errors) {
    }

    /** The rules in service and the last reload attempt. */
    @Schema(name = "RulesStatus")
    public record Status(String version, Instant loadedAt, List<String> files, int rules, Attempt lastAttempt,
                         List<String> errors) {
    }

    /** What a candidate would change: for each stored profile whose advice moves, the changes. */
    @Schema(name = "RulesImpact")
    public record Impact(String currentVersion, String candidateVersion, List<String> errors, int profilesReplayed,
                         List<ProfileImpact> profiles) {
    }

    /** One profile's changes under the candidate rules. */
    public record ProfileImpact(String profileId, int profileVersion, List<Change> changes, String error) {
    }

    public Status status() {
        RuleBase rules = engine.current();
        Attempt last = lastAttempt;
        List<String> errors = last == null || last.swapped() ? List.of() : last.errors();
        return new Status(rules.version(), rules.loadedAt(), rules.files(), rules.rules().size(), last, errors);
    }

    public Attempt reload(String by) {
        Attempt attempt;
        try {
            RuleBase fresh = engine.reload();
            attempt = new Attempt(clock.instant(), by, true, fresh.version(), List.of());
        } catch (RuleBaseException e) {
            attempt = new Attempt(clock.instant(), by, false, null, e.problems());
        }
        lastAttempt = attempt;
        audit.record(by, attempt.swapped() ? "RULES_RELOADED" : "RULES_RELOAD_REFUSED",
                attempt.swapped() ? attempt.version() : engine.current().version(),
                attempt.swapped() ? null : String.join("\n", attempt.errors()));
        return attempt;
    }

    public Impact impact() {
        RuleBase current = engine.current();
        RuleBase candidate;
        try {
            candidate = engine.compileCandidate();
        } catch (RuleBaseException e) {
            return new Impact(current.version(), null, e.problems(), 0, List.of());
        }
        try {
            List<ProfileImpact> out = new ArrayList<>();
            List<ProfileStore.Stored> stored = store.currentAll();
            for (ProfileStore.Stored s : stored) {
                try {
                    List<Change> changes = AdviceService.rank(candidate, s.profile())
                            .changesFrom(AdviceService.rank(current, s.profile()));
                    if (!changes.isEmpty()) {
                        out.add(new ProfileImpact(s.profile().id(), s.version().version(), changes, null));
                    }
                } catch (RuntimeException e) {
                    out.add(new ProfileImpact(s.profile().id(), s.version().version(), List.of(),
                            "cannot be evaluated with the candidate rules: " + e.getMessage()));
                }
            }
            return new Impact(current.version(), candidate.version(), List.of(), stored.size(), out);
        } finally {
            candidate.close();
        }
    }
}
