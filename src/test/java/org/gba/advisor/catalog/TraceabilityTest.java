package org.gba.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gba.advisor.testing.TestRules;
import org.junit.jupiter.api.Test;

/** seeds/ covers the whole paper: every ID in the digest and in the traceability table, every rule traced. */
class TraceabilityTest {
    static final List<String> DOMAIN_IDS = List.of("E1", "E2", "E3", "E4", "SF1", "SF2", "SF3", "SF4", "F1", "F2", "F3",
            "F4", "C1", "C2", "C3", "C3a", "C3b", "C4", "C4a", "C4b", "M1", "M2", "M3", "M4", "CM1", "CM1a", "CM1b",
            "CM1c", "CM2", "CM2a", "CM2b", "CM2c", "CM3", "CM3a", "CM3b", "CM4", "CM4a", "CM4b", "CM4c", "CM4d", "CM4e");

    private static String read(String name) throws IOException {
        return Files.readString(Path.of("seeds", name));
    }

    @Test
    void everyIdHasARowThatNamesRulesOrSaysWhyNot() throws IOException {
        String table = read("traceability.md");
        for (String id : DOMAIN_IDS) {
            Matcher row = Pattern.compile("(?m)^\\| " + id + " \\|([^|]*)\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|$").matcher(table);
            assertThat(row.find()).as("row for " + id).isTrue();
            boolean hasRules = row.group(2).contains("`");
            boolean saysWhy = !row.group(4).isBlank();
            assertThat(hasRules || saysWhy).as(id + " has rules or a reason").isTrue();
        }
    }

    @Test
    void everyRuleIsTracedAndEveryTracedRuleAndTestExists() throws IOException {
        String table = read("traceability.md");
        Set<String> named = new HashSet<>();
        Matcher m = Pattern.compile("`([a-z0-9]+\\.[a-z0-9.\\-]+)`").matcher(table);
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(named).containsAll(TestRules.RULES.rules().keySet());
        assertThat(TestRules.RULES.rules().keySet()).containsAll(named);
        Matcher tests = Pattern.compile("\\b([A-Z][A-Za-z0-9]+Test)\\b").matcher(table);
        Set<String> testClasses;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            testClasses = new HashSet<>(files.map(p -> p.getFileName().toString().replace(".java", "")).toList());
        }
        while (tests.find()) {
            assertThat(testClasses).as("test class named in traceability.md").contains(tests.group(1));
        }
    }

    @Test
    void theDigestCoversEveryIdInBothLanguages() throws IOException {
        String digest = read("digest.md");
        for (String id : DOMAIN_IDS) {
            assertThat(digest).as("digest mentions " + id).containsPattern("\\b" + id + "\\b");
        }
        assertThat(digest).containsPattern("\\p{IsHan}{20,}").contains("Countermeasure");
    }
}
