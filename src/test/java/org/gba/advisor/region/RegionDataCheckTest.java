package org.gba.advisor.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gba.advisor.engine.RuleBaseException;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken region data is refused where rules are loaded: at start-up and at every reload alike. */
class RegionDataCheckTest {
    @TempDir
    Path tmp;

    @Test
    void aReloadWithBrokenRegionDataIsRefusedAndTheOldRulesKeepServing() throws IOException {
        Path rules = tmp.resolve("rules");
        try (Stream<Path> files = Files.walk(TestRules.RULES_DIR)) {
            for (Path p : files.toList()) {
                Path to = rules.resolve(TestRules.RULES_DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        RuleBaseLoader loader = new RuleBaseLoader();
        RuleEngine engine = new RuleEngine(rules, loader);
        String before = engine.current().version();
        Path data = rules.resolve("region/region.yaml");
        Files.writeString(data, Files.readString(data).replace("  materials-science: [", "  alchemy: ["));
        assertThatThrownBy(engine::reload).isInstanceOf(RuleBaseException.class).hasMessageContaining("alchemy");
        assertThat(engine.current().version()).isEqualTo(before);
    }
}
