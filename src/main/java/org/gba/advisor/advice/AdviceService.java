package org.gba.advisor.advice;

import java.time.Clock;
import org.gba.advisor.catalog.Lang;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleEngine;
import java.util.List;
import org.gba.advisor.profile.Profile;
import org.gba.advisor.profile.ProfileValidator;

/** Gives advice for a validated profile with the rule base in service. */
public class AdviceService {
    private final RuleEngine engine;
    private final Clock clock;
    private final ProfileValidator validator;

    public AdviceService(RuleEngine engine, Clock clock, ProfileValidator validator) {
        this.engine = engine;
        this.clock = clock;
        this.validator = validator;
    }

    public Advice advise(Profile profile, Lang lang) {
        return advise(profile, lang, false);
    }

    /** Advice, with the counterfactuals when asked for ({@code ?explain=counterfactual}). */
    public Advice advise(Profile profile, Lang lang, boolean withCounterfactuals) {
        RuleBase rules = engine.current();
        return advise(rules, profile, rank(rules, profile), lang, withCounterfactuals);
    }

    /** Advice from a ranking already made with {@code rules}, so that one request uses one rules version. */
    public Advice advise(RuleBase rules, Profile profile, Ranked ranked, Lang lang, boolean withCounterfactuals) {
        DataGaps.Result gaps = DataGaps.find(rules, profile, ranked);
        Advice advice = new AdviceWriter(rules, profile, lang).write(profile, ranked, gaps, clock.instant());
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
