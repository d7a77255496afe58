package org.gba.advisor.advice;

import java.time.Clock;
import java.util.List;
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
                withCounterfactuals, lookup.hit()), core.ranked());
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
                Robustness.of(ranked, rules.parameters()), lang, withCounterfactuals, false);
    }

    private Advice write(RuleBase rules, Profile profile, Ranked ranked, DataGaps.Result gaps,
                         Robustness.Result robustness, Lang lang, boolean withCounterfactuals, boolean cached) {
        Advice advice = new AdviceWriter(rules, profile, lang).write(profile, ranked, gaps, robustness, clock.instant(),
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
