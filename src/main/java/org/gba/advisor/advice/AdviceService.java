package org.gba.advisor.advice;

import java.time.Clock;
import org.gba.advisor.catalog.Lang;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.profile.Profile;

/** Gives advice for a validated profile with the rule base in service. */
public class AdviceService {
    private final RuleEngine engine;
    private final Clock clock;

    public AdviceService(RuleEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    public Advice advise(Profile profile, Lang lang) {
        RuleBase rules = engine.current();
        Ranked ranked = rank(rules, profile);
        DataGaps.Result gaps = DataGaps.find(rules, profile, ranked);
        return new AdviceWriter(rules, profile, lang).write(profile, ranked, gaps, clock.instant());
    }

    /** The language-neutral ranking alone, for comparisons and tests. */
    public static Ranked rank(RuleBase rules, Profile profile) {
        return Ranked.of(rules.evaluate(profile), rules.catalog());
    }
}
