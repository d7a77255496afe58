package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gba.advisor.testing.TestRules;
import org.junit.jupiter.api.Test;

/** Every rule is tested both ways in this package: once where it fires and once where it does not. */
class RuleCoverageTest {
    private static final Path HERE = Path.of("src/test/java/org/gba/advisor/rules");
    private static final Pattern FIRES = Pattern.compile("(?<!doesNot)[fF]ires\\((?:FILE,\\s*)?\"([a-z0-9.\\-]+)\"");
    private static final Pattern DOES_NOT_FIRE = Pattern.compile("doesNotFire\\(\"([a-z0-9.\\-]+)\"");

    @Test
    void everyRuleHasAFiresAndADoesNotFireTest() throws IOException {
        Set<String> fires = new HashSet<>();
        Set<String> doesNotFire = new HashSet<>();
        try (Stream<Path> files = Files.list(HERE)) {
            for (Path f : files.filter(p -> p.toString().endsWith("RulesTest.java")).toList()) {
                String text = Files.readString(f);
                collect(FIRES, text, fires);
                collect(DOES_NOT_FIRE, text, doesNotFire);
            }
        }
        Set<String> ids = TestRules.RULES.rules().keySet();
        assertThat(fires).as("rules with a test where they fire").containsAll(ids);
        assertThat(doesNotFire).as("rules with a test where they do not fire").containsAll(ids);
        assertThat(ids).as("tests name only real rules").containsAll(fires).containsAll(doesNotFire);
    }

    @Test
    void everyRuleFileHasItsTestClass() throws IOException {
        try (Stream<Path> drl = Files.walk(TestRules.RULES_DIR)) {
            for (Path f : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String name = TestRules.RULES_DIR.relativize(f).toString();
                try (Stream<Path> tests = Files.list(HERE)) {
                    assertThat(tests.filter(t -> read(t).contains("FILE = \"" + name + "\"")).count())
                            .as("test class for " + name).isEqualTo(1);
                }
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
