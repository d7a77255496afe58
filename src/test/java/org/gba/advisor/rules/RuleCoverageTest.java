package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.testing.TestRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Every rule is tested both ways: this runs the rule test classes of this package itself and reads what the
 * engine fired in their assertions (an agenda listener, through {@link RuleFile}), so a commented-out or
 * never-reached assertion does not count. Every DRL file must have exactly one test class.
 */
class RuleCoverageTest {
    private static TestExecutionSummary summary;

    @BeforeAll
    static void runTheRuleTests() {
        RuleFile.COVERAGE.reset();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(RuleCoverageTest.class.getPackageName()))
                .filters(ClassNameFilter.includeClassNamePatterns(".*RulesTest"))
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        summary = listener.getSummary();
    }

    @Test
    void theRuleTestsRanAndPassed() {
        assertThat(summary.getTestsFoundCount()).isGreaterThan(50);
        assertThat(summary.getFailures()).as("failures in the rule tests").isEmpty();
    }

    @Test
    void everyRuleWasSeenFiringAndSeenNotFiring() {
        Set<String> ids = TestRules.RULES.rules().keySet();
        assertThat(RuleFile.COVERAGE.firedSeen()).as("rules the engine fired in a fires(…) assertion")
                .containsAll(ids);
        assertThat(RuleFile.COVERAGE.notFiredSeen()).as("rules the engine did not fire in a doesNotFire(…) assertion")
                .containsAll(ids);
    }

    @Test
    void everyRuleFileHasExactlyOneTestClass() throws IOException {
        Map<String, Set<String>> byFile = RuleFile.COVERAGE.testClassesByFile();
        Set<String> drl = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(TestRules.RULES_DIR)) {
            files.filter(p -> p.toString().endsWith(".drl"))
                    .forEach(p -> drl.add(TestRules.RULES_DIR.relativize(p).toString().replace('\\', '/')));
        }
        assertThat(byFile.keySet()).as("rule files with a test class").containsExactlyInAnyOrderElementsOf(drl);
        assertThat(byFile).allSatisfy((file, classes) -> assertThat(classes).as(file).hasSize(1));
    }
}
