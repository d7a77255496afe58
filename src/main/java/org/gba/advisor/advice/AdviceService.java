package org.gba.advisor.advice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.gba.advisor.engine.ProbeSession;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileValidator;

/** Gives advice for a validated profile with the rule base in service. */
public class AdviceService {
    private final RuleEngine engine;
    private final Clock clock;
    private final ProfileValidator validator;
    private final AdviceCache cache;

    public AdviceService(RuleEngine engine, Clock clock, ProfileValidator validator) {
        this(engine, clock, validator, AdviceCache.off());
    }

    public AdviceService(RuleEngine engine, Clock clock, ProfileValidator validator, AdviceCache cache) {
        this.engine = engine;
        this.clock = clock;
        this.validator = validator;
        this.cache = cache;
    }

    public Advice advise(Profile profile, Lang lang) {
        return advise(profile, lang, false);
    }

    /** Advice, with the counterfactuals when asked for ({@code ?explain=counterfactual}). */
    public Advice advise(Profile profile, Lang lang, boolean withCounterfactuals) {
        return adviseWithRanking(engine.current(), profile, lang, withCounterfactuals).advice();
    }

    /** Advice and the ranking behind it, e.g. to record the answer. */
    public record Advised(Advice advice, Ranked ranked) {
    }

    /** Advice with {@code rules}, taking the ranking and data gaps from the cache when the profile was seen. */
    public Advised adviseWithRanking(RuleBase rules, Profile profile, Lang lang, boolean withCounterfactuals) {
        AdviceCache.Lookup lookup = cache.get(rules, profile, () -> core(rules, profile));
        AdviceCache.Core core = lookup.core();
        return new Advised(write(rules, profile, core.ranked(), core.gaps(), core.robustness(), lang,
                withCounterfactuals, lookup.hit(), clock.instant()), core.ranked());
    }

    /**
     * An answer ready to send: {@code rest} is the advice's JSON without its provenance (an object, so it ends in
     * its closing brace), {@code provenance} this answer's; the ranking is the one behind it, e.g. to record it.
     */
    public record Reply(byte[] rest, Advice.Provenance provenance, Ranked ranked) {
    }

    /**
     * As {@link #adviseWithRanking}, as JSON: {@code json} writes an advice without provenance, and what it wrote is
     * kept with the cached ranking, so that the same profile asked again in the same language costs no texts and
     * no JSON writing, only the new provenance (the time of this answer, and that it is a cached one).
     */
    public Reply reply(RuleBase rules, Profile profile, Lang lang, boolean withCounterfactuals,
                       Function<Advice, byte[]> json) {
        return reply(rules, cache.entry(rules, profile), lang, withCounterfactuals, json);
    }

    /**
     * As {@link #reply(RuleBase, Profile, Lang, boolean, Function)} for a profile checked by {@link #requireValid}
     * and then resolved ({@code resolved}): when resolving left it as it was (no reach entries), the entry its check
     * looked up serves the answer too, so the request looks the profile up once.
     */
    public Reply reply(Checked checked, Profile resolved, Lang lang, boolean withCounterfactuals,
                       Function<Advice, byte[]> json) {
        AdviceCache.Entry entry = resolved == checked.profile ? checked.entry
                : cache.entry(checked.rules, resolved);
        Reply reply = reply(checked.rules, entry, lang, withCounterfactuals, json);
        cache.answeredAs(checked.entry, entry);
        return reply;
    }

    private Reply reply(RuleBase rules, AdviceCache.Entry entry, Lang lang, boolean withCounterfactuals,
                        Function<Advice, byte[]> json) {
        Profile profile = entry.profile();
        AdviceCache.Lookup lookup = cache.get(entry, () -> core(rules, profile));
        AdviceCache.Core core = lookup.core();
        Instant now = clock.instant();
        byte[] rest = cache.written(entry, core, lang, withCounterfactuals, () -> json.apply(write(rules, profile,
                core.ranked(), core.gaps(), core.robustness(), lang, withCounterfactuals, false, now)
                .withProvenance(null)));
        return new Reply(rest, AdviceWriter.provenance(rules, core.ranked(), core.gaps(), now, lookup.hit()),
                core.ranked());
    }

    /** A profile that passed validation under {@code rules}, with what the advice cache knows of it. */
    public static final class Checked {
        private final RuleBase rules;
        private final Profile profile;
        private final AdviceCache.Entry entry;

        private Checked(RuleBase rules, Profile profile, AdviceCache.Entry entry) {
            this.rules = rules;
            this.profile = profile;
            this.entry = entry;
        }

        /** The profile as checked (an equal one may be the entry's). */
        public Profile profile() {
            return profile;
        }
    }

    /**
     * The validator's check of a profile against the catalog of {@code rules}, once: a profile equal to one that
     * passed under the same rules version passes again without being checked (its problems would be the same).
     * What the cache knows of the profile comes with it, for {@link #reply(Checked, Profile, Lang, boolean, Function)}.
     */
    public Checked requireValid(RuleBase rules, Profile profile) {
        AdviceCache.Entry entry = cache.entry(rules, profile);
        if (!entry.valid()) {
            validator.requireValid(profile, rules.catalog());
            entry = cache.validated(entry);
        }
        return new Checked(rules, profile, entry);
    }

    /**
     * The ranking, data gaps and intervals of a profile. Where the rules allow, one session evaluates the profile and
     * then each data-gap probe incrementally, and its first evaluation is the ranking's.
     */
    static AdviceCache.Core core(RuleBase rules, Profile profile) {
        if (!rules.incremental()) {
            Ranked ranked = rank(rules, profile);
            return new AdviceCache.Core(ranked, DataGaps.findByReevaluation(rules, profile, ranked),
                    Robustness.of(ranked, rules.parameters()));
        }
        try (ProbeSession session = rules.session(profile)) {
            Ranked ranked = Ranked.of(session.base(), rules.catalog());
            return new AdviceCache.Core(ranked, DataGaps.find(rules, profile, ranked, session),
                    Robustness.of(ranked, rules.parameters()));
        }
    }

    /** Advice from a ranking already made with {@code rules}, so that one request uses one rules version. */
    public Advice advise(RuleBase rules, Profile profile, Ranked ranked, Lang lang, boolean withCounterfactuals) {
        return write(rules, profile, ranked, DataGaps.find(rules, profile, ranked),
                Robustness.of(ranked, rules.parameters()), lang, withCounterfactuals, false, clock.instant());
    }

    private Advice write(RuleBase rules, Profile profile, Ranked ranked, DataGaps.Result gaps,
                         Robustness.Result robustness, Lang lang, boolean withCounterfactuals, boolean cached,
                         Instant evaluatedAt) {
        Advice advice = new AdviceWriter(rules, profile, lang).write(profile, ranked, gaps, robustness, evaluatedAt,
                cached);
        return withCounterfactuals
                ? advice.withCounterfactuals(new Counterfactuals(rules, validator).find(profile, ranked, lang))
                : advice;
    }

    /** Only the counterfactuals of a profile. */
    public List<Advice.Counterfactual> counterfactuals(Profile profile, Lang lang) {
        RuleBase rules = engine.current();
        return new Counterfactuals(rules, validator).find(profile, rank(rules, profile), lang);
    }

    public RuleEngine engine() {
        return engine;
    }

    /** The language-neutral ranking alone, for comparisons and tests. */
    public static Ranked rank(RuleBase rules, Profile profile) {
        return Ranked.of(rules.evaluate(profile), rules.catalog());
    }
}
