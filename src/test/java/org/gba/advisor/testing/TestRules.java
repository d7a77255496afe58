package org.gba.advisor.testing;


import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.engine.Evaluation;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.vocabulary.Profile;

/** The real rules folder, compiled once per test JVM, and assertions about which rules fire. No Spring. */
public final class TestRules {
    public static final Path RULES_DIR = Path.of("rules");
    public static final Path FIXTURES_DIR = Path.of("fixtures");
    public static final RuleBase RULES = new RuleBaseLoader().load(RULES_DIR);
    public static final RuleEngine ENGINE = RuleEngine.serving(RULES_DIR, RULES);
    public static final AdviceService ADVICE = new AdviceService(ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR);

    private TestRules() {
    }

    public static Evaluation evaluate(Profile profile) {
        return RULES.evaluate(profile);
    }

    public static Set<String> fired(Profile profile) {
        return evaluate(profile).evidence().stream().map(Evidence::ruleId).collect(Collectors.toSet());
    }

    public static List<Evidence> evidenceOf(String ruleId, Profile profile) {
        return evaluate(profile).evidence().stream().filter(e -> e.ruleId().equals(ruleId)).toList();
    }
}
