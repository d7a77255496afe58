package org.gba.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.gba.advisor.engine.facts.Asset;
import org.gba.advisor.engine.facts.Place;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the rules folder: what it accepts, and how it names what is wrong. */
class RuleBaseLoaderTest {
    @TempDir
    Path tmp;

    private Path copyOfRules() throws IOException {
        Path target = tmp.resolve("rules");
        try (Stream<Path> files = Files.walk(TestRules.RULES_DIR)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(TestRules.RULES_DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        Files.writeString(file, change.apply(Files.readString(file)));
    }

    @Test
    void theRealRulesLoadWithEveryRuleIdentifiedSourcedAndWeighted() {
        RuleBase rules = TestRules.RULES;
        assertThat(rules.rules()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rules.rules().values()).allSatisfy(r -> {
            assertThat(r.section()).matches("§\\d+(\\.\\d+)*");
            assertThat(r.weight()).isPositive();
            assertThat(r.file()).endsWith(".drl");
        });
        assertThat(rules.version()).matches("sha256:[0-9a-f]{16}");
        assertThat(rules.files()).contains("parameters.yaml", "catalog.yaml", "models/m4-regional-platform.drl");
    }

    @Test
    void aBrokenDrlNamesItsFileLineAndProblem() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("diagnosis/c1-community.drl"), s -> s.replace("not Asset(crossBorder)", "not Asset(crossBorder"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("diagnosis/c1-community.drl:")
                .satisfies(e -> assertThat(((RuleBaseException) e).problems())
                        .anySatisfy(p -> assertThat(p).matches("diagnosis/c1-community\\.drl:\\d+: .+")));
    }

    @Test
    void aRuleWithoutAWeightOrAWeightWithoutARuleIsRefused() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("parameters.yaml"), s -> s.replace("  m4.big-facility: 4\n", "  m4.no-such-rule: 4\n"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules))
                .hasMessageContaining("no weight for m4.big-facility")
                .hasMessageContaining("weight m4.no-such-rule belongs to no rule");
    }

    @Test
    void anUnknownThresholdOrTargetIsRefused() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("diagnosis/c2-basic-research.drl"), s -> s
                .replace("params.threshold(\"basic-research-share.low\")", "params.threshold(\"basic-research.typo\")")
                .replace("insert(ledger.support(kcontext, \"C2\", $share));", "insert(ledger.support(kcontext, \"C9\", $share));"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules))
                .hasMessageContaining("threshold \"basic-research.typo\" is not in parameters.yaml")
                .hasMessageContaining("\"C9\" is not a constraint, model or action");
    }

    @Test
    void aRuleWithoutSourceOrWithARepeatedIdIsRefused() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("models/m2-rd-institutions.drl"), s -> s
                .replace("@id(\"m2.research-institute\") @source(\"§4.2\")", "@id(\"m2.research-institute\")")
                .replace("@id(\"m2.high-level-lab\")", "@id(\"m2.cross-border-lab\")"));
        edit(rules.resolve("parameters.yaml"), s -> s.replace("  m2.high-level-lab: 2\n", ""));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules))
                .hasMessageContaining("has no @source")
                .hasMessageContaining("repeats the id m2.cross-border-lab");
    }

    @Test
    void aMissingReasonTextIsRefused() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("catalog.yaml"), s -> s.replaceAll("(?m)^  cm4e\\.align-rules:.*\\n", ""));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules)).hasMessageContaining("no reason text (zh and en) for cm4e.align-rules");
    }

    @Test
    void aMissingFolderIsNamed() {
        assertThatThrownBy(() -> new RuleBaseLoader().load(tmp.resolve("nowhere")))
                .hasMessageContaining("rules folder not found");
    }

    @Test
    void aFolderBehindASymbolicLinkLoadsAndTheVersionFollowsTheContent() throws IOException {
        Path rules = copyOfRules();
        Path link = Files.createSymbolicLink(tmp.resolve("linked"), rules);
        RuleBase viaLink = new RuleBaseLoader().load(link);
        assertThat(viaLink.version()).isEqualTo(TestRules.RULES.version());
        edit(rules.resolve("parameters.yaml"), s -> s.replace("  m4.big-facility: 4\n", "  m4.big-facility: 5\n"));
        assertThat(new RuleBaseLoader().load(link).version()).isNotEqualTo(TestRules.RULES.version());
    }

    @Test
    void aRuleThatReFiresForeverIsStoppedAtTheCap() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("diagnosis/zz-loop.drl"), """
                package diagnosis;
                import org.gba.advisor.engine.facts.Place;
                rule "A rule that updates its own fact re-fires forever"
                    @id("zz.loop") @source("§3.2.1")
                when
                    $place : Place()
                then
                    update($place);
                end
                """);
        edit(rules.resolve("parameters.yaml"), s -> s.replace("weights:\n", "weights:\n  zz.loop: 1\n"));
        edit(rules.resolve("catalog.yaml"), s -> s.replace("reasons:\n", "reasons:\n  zz.loop: {zh: 循环, en: loop}\n"));
        RuleBase looping = new RuleBaseLoader().load(rules);
        assertThatThrownBy(() -> looping.evaluate(Fixtures.get("dongguan")))
                .isInstanceOf(RunawayRulesException.class)
                .hasMessageContaining("dongguan");
    }
}
