package org.gba.advisor.bench;

import jakarta.validation.Validation;
import java.nio.file.Path;
import java.time.Clock;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.vocabulary.ProfileValidator;

/** The real rules and fixtures, compiled in one mode, as the benchmarks use them. Run from the project root. */
final class BenchRules {
    static final Path RULES = Path.of("rules");
    static final Path FIXTURES = Path.of("fixtures");

    final RuleBase rules;
    final SampleProfiles samples;
    final AdviceService advice;

    final ProfileValidator validator = new ProfileValidator(Validation.buildDefaultValidatorFactory().getValidator());

    BenchRules(RuleBaseLoader.Mode mode) {
        rules = new RuleBaseLoader(mode).load(RULES);
        samples = SampleProfiles.load(FIXTURES, validator, rules.catalog()).withReachResolved(rules.parameters().reach());
        advice = new AdviceService(RuleEngine.serving(RULES, rules), Clock.systemUTC(), validator);
    }
}
