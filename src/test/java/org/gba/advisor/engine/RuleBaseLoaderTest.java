package org.gba.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.gba.advisor.engine.facts.Asset;
import org.gba.advisor.engine.facts.Place;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.RulesFolder;
import org.gba.advisor.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the rules folder: what it accepts, and how it names what is wrong. */
class RuleBaseLoaderTest {
    @TempDir
    Path tmp;

    private Path copyOfRules() {
        return RulesFolder.copyTo(tmp.resolve("rules"));
    }

    private Path copyOfRules(String name) {
        return RulesFolder.copyTo(tmp.resolve(name));
    }

    private static void edit(Path file, UnaryOperator<String> change) {
        RulesFolder.edit(file, change);
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
        edit(rules.resolve("diagnosis/c1-community.drl"), s -> s.replace("Answered(question == Question.CROSS_BORDER_TIE, no)", "Answered(question == Question.CROSS_BORDER_TIE, no"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("diagnosis/c1-community.drl:")
                .satisfies(e -> assertThat(((RuleBaseException) e).problems())
                        .anySatisfy(p -> assertThat(p).matches("diagnosis/c1-community\\.drl:\\d+: .+")));
    }

    /** The draws' multipliers are kept per settings: a rule set asking for millions of draws is refused, not kept. */
    @Test
    void aRuleSetAskingForTooManyDrawsIsRefused() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("parameters.yaml"), s -> s.replace("draws: 1000", "draws: 5000000"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("robustness: needs 100 to 20000 draws");
        edit(rules.resolve("parameters.yaml"), s -> s.replace("draws: 5000000", "draws: 20000"));
        assertThat(new RuleBaseLoader().load(rules).parameters().robustness().draws()).isEqualTo(20_000);
    }

    @Test
    void aRuleWithoutItsEntryOrAnEntryWithoutItsRuleIsRefusedNamingTheFileAndRule() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("parameters.yaml"), s -> s.replace("  m4.big-facility:\n", "  m4.no-such-rule:\n"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules))
                .hasMessageContaining("models/m4-regional-platform.drl: rule \"A big science facility or supercomputing "
                        + "centre anchors regional-platform aggregation\": no entry for m4.big-facility")
                .hasMessageContaining("rules.m4.no-such-rule belongs to no rule");
    }

    @Test
    void aThresholdReadThatNoEntryNamesIsRefusedWhateverTheSpacing() throws IOException {
        Path rules = copyOfRules();
        // the spacing that slipped past the old text check
        edit(rules.resolve("diagnosis/c2-basic-research.drl"), s -> s
                .replace("params.threshold(\"basic-research-share.low\", $place)", "params.threshold( \"basic-research.typo\" , $place)"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules))
                .hasMessageContaining("threshold \"basic-research.typo\" is not in parameters.yaml")
                .hasMessageContaining("A low basic-research share of R&D means weak basic research")
                .hasMessageContaining("diagnosis/c2-basic-research.drl");
    }

    @Test
    void aThresholdNoRuleNamesOrARuleReadingOneItsEntryDoesNotNameIsRefused() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("parameters.yaml"), s -> s.replace("    thresholds: [gerd-gdp.low]\n", ""));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules))
                .hasMessageContaining("threshold gerd-gdp.low is read by no rule")
                .hasMessageContaining("a rule reads the threshold gerd-gdp.low but no rule names it");
        Path other = copyOfRules("other");
        edit(other.resolve("parameters.yaml"), s -> s.replace("thresholds: [gerd-gdp.low]", "thresholds: [gerd-gdp.typo]"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(other))
                .hasMessageContaining("rules.c2.rd-intensity-low (diagnosis/c2-basic-research.drl")
                .hasMessageContaining("names the threshold gerd-gdp.typo, which is not under thresholds:");
    }

    @Test
    void targetsAreThePapersIdsAndTheCatalogMustTextEachOfThem() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("diagnosis/c2-basic-research.drl"), s -> s
                .replace("ledger.diagnoseScaled(kcontext, ConstraintId.C2,", "ledger.diagnoseScaled(kcontext, ConstraintId.C9,"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules)).hasMessageContaining("diagnosis/c2-basic-research.drl:")
                .hasMessageContaining("C9");
        Path other = copyOfRules("other");
        edit(other.resolve("catalog.yaml"), s -> s.replace("      CM4e:\n", "      CM4f:\n"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(other))
                .hasMessageContaining("catalog.yaml: actions has no entry for CM4e")
                .hasMessageContaining("catalog.yaml: actions.CM4f is not one of the paper's ids");
    }

    @Test
    void aFieldWithAnUnknownParentOrARelatedFieldFactorNotBelowAnExactMatchIsRefused() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("catalog.yaml"), s -> s.replace("parent: life-science}", "parent: life-sciences}"));
        edit(rules.resolve("region/region.yaml"), s -> s.replace("  sibling: 0.5\n", "  sibling: 1.0\n"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules))
                .hasMessageContaining("catalog.yaml: fields.biomedicine: unknown parent 'life-sciences'")
                .hasMessageContaining("region/region.yaml: fieldMatch.sibling: must lie above 0 and below 1");
    }

    @Test
    void aRuleWithoutSourceOrWithARepeatedIdIsRefused() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("models/m2-rd-institutions.drl"), s -> s
                .replace("@id(\"m2.research-institute\") @source(\"§4.2\")", "@id(\"m2.research-institute\")")
                .replace("@id(\"m2.high-level-lab\")", "@id(\"m2.cross-border-lab\")"));
        edit(rules.resolve("parameters.yaml"), s -> s.replaceAll("(?m)^  m2\\.high-level-lab:\\n(    .*\\n)+", ""));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules))
                .hasMessageContaining("has no @source")
                .hasMessageContaining("repeats the id m2.cross-border-lab");
    }

    @Test
    void aMissingReasonTextIsRefused() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("parameters.yaml"), s -> s.replaceAll("(?m)(^  cm4e\\.align-rules:\\n    weight: 2\\n)    reason: .*\\n",
                "$1    reason: {zh: 对齐规则}\n"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules))
                .hasMessageContaining("rules.cm4e.align-rules (countermeasures/cm4-environment.drl")
                .hasMessageContaining("needs a reason in zh and en");
    }

    @Test
    void rulesThatFireWithoutEndForAnyPlaceAreRefusedAtLoad() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("diagnosis/zz-loop.drl"), """
                package diagnosis;
                import org.gba.advisor.engine.facts.Place;
                rule "A rule that updates the place re-fires forever"
                    @id("zz.loop") @source("§3.2.1")
                when
                    $place : Place()
                then
                    update($place);
                end
                """);
        edit(rules.resolve("parameters.yaml"), s -> s.replaceFirst("(?m)^rules:\n", "rules:\n  zz.loop:\n    weight: 1\n    reason: {zh: 循环, en: loop}\n"));
        assertThatThrownBy(() -> new RuleBaseLoader().load(rules)).hasMessageContaining("fire without end");
    }

    @Test
    void everyRuleKnowsItsFileInEitherBuildMode() {
        RuleBase executable = new RuleBaseLoader(RuleBaseLoader.Mode.EXECUTABLE_MODEL).load(TestRules.RULES_DIR);
        assertThat(executable.rules().get("c1.no-cross-border-ties").file()).isEqualTo("diagnosis/c1-community.drl");
        assertThat(TestRules.RULES.rules().get("region.c2.specialty-overlap").file()).isEqualTo("region/overlap.drl");
        executable.close();
    }

    /** The figures the rules read only to band points can be tried without firing; their patterns watch them. */
    @Test
    void theRealRulesReadEveryFigureOnlyToBandPointsAndWatchThem() throws IOException {
        java.util.Map<String, String> drl = new java.util.TreeMap<>();
        try (var files = Files.walk(TestRules.RULES_DIR)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".drl")
                    && !TestRules.RULES_DIR.relativize(f).startsWith("region")).toList()) {
                drl.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        assertThat(RuleBaseLoader.bandedOnly(drl)).isEqualTo(TestRules.RULES.parameters().figures().keySet());
        assertThat(RuleBaseLoader.figuresWatched(drl)).isTrue();
    }

    @Test
    void aFigureReadInAConditionIsNotBandedOnly() {
        String banded = rule("$f : Asset(type == AssetType.BIG_SCIENCE_FACILITY) @watch(figures)",
                "ledger.banded(kcontext, ModelId.M4, 1.0, $f.bands(\"projects\", \"teams-served\"));");
        assertThat(RuleBaseLoader.bandedOnly(java.util.Map.of("a.drl", banded)))
                .containsExactlyInAnyOrder("projects", "teams-served");
        String condition = rule("$f : Asset(figure(\"projects\") > 0) @watch(figures)", "ledger.support(kcontext, ModelId.M4, $f);");
        assertThat(RuleBaseLoader.bandedOnly(java.util.Map.of("a.drl", banded, "b.drl", condition)))
                .containsExactly("teams-served");
        String byVariable = rule("$f : Asset() @watch(figures)", "ledger.scaled(kcontext, ModelId.M4, $f.band(params, $code), $f);");
        assertThat(RuleBaseLoader.bandedOnly(java.util.Map.of("a.drl", banded, "c.drl", byVariable))).isEmpty();
    }

    @Test
    void aPatternWhoseFiguresItsRuleReadsMustWatchThem() {
        String rhs = "ledger.banded(kcontext, ModelId.M4, 1.0, $f.bands(\"projects\"));";
        assertThat(RuleBaseLoader.figuresWatched(java.util.Map.of("a.drl",
                rule("$f : Asset(type == AssetType.BIG_SCIENCE_FACILITY) @watch(figures)", rhs)))).isTrue();
        assertThat(RuleBaseLoader.figuresWatched(java.util.Map.of("a.drl",
                rule("$f : Asset(type == AssetType.BIG_SCIENCE_FACILITY)", rhs)))).isFalse();
        assertThat(RuleBaseLoader.figuresWatched(java.util.Map.of("a.drl",
                rule("$f : Asset(type == AssetType.BIG_SCIENCE_FACILITY) @watch(*, !figures)", rhs)))).isFalse();
        assertThat(RuleBaseLoader.figuresWatched(java.util.Map.of("a.drl",
                rule("Asset(hasFigure(\"projects\"))", "ledger.support(kcontext, ModelId.M4);")))).isFalse();
        // a pattern whose figures nothing reads need not watch them
        assertThat(RuleBaseLoader.figuresWatched(java.util.Map.of("a.drl",
                rule("$f : Asset(type == AssetType.BIG_SCIENCE_FACILITY)\n    $g : Asset(sharesFieldWith($f)) @watch(figures)",
                        "ledger.banded(kcontext, ModelId.M4, 1.0, $g.bands(\"projects\"), $f);")))).isTrue();
    }

    /** A rule's text as a DRL file holds it. */
    private static String rule(String when, String then) {
        return "package models;\n\nrule \"r\"\n    @id(\"m4.r\") @source(\"§4.4\")\nwhen\n    " + when + "\nthen\n    " + then
                + "\nend\n";
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
        edit(rules.resolve("parameters.yaml"), s -> s.replace("  m4.big-facility:\n    weight: 4\n", "  m4.big-facility:\n    weight: 5\n"));
        assertThat(new RuleBaseLoader().load(link).version()).isNotEqualTo(TestRules.RULES.version());
    }

    @Test
    void aRuleThatReFiresForeverIsStoppedAtTheCap() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("diagnosis/zz-loop.drl"), """
                package diagnosis;
                import org.gba.advisor.engine.facts.DeclaredConstraint;
                rule "A rule that updates its own fact re-fires forever"
                    @id("zz.loop") @source("§3.2.1")
                when
                    $declared : DeclaredConstraint()
                then
                    update($declared);
                end
                """);
        edit(rules.resolve("parameters.yaml"), s -> s.replaceFirst("(?m)^rules:\n", "rules:\n  zz.loop:\n    weight: 1\n    reason: {zh: 循环, en: loop}\n"));
        RuleBase looping = new RuleBaseLoader().load(rules);
        assertThatThrownBy(() -> looping.evaluate(Fixtures.get("zhongshan")))
                .isInstanceOf(RunawayRulesException.class)
                .hasMessageContaining("zhongshan");
    }

    @Test
    void aReloadWithBrokenRegionDataIsRefusedAndTheOldRulesKeepServing() {
        Path rules = copyOfRules();
        RuleEngine engine = new RuleEngine(rules, new RuleBaseLoader());
        String before = engine.current().version();
        edit(rules.resolve("region/region.yaml"), s -> s.replace("  materials-science: [", "  alchemy: ["));
        assertThatThrownBy(engine::reload).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("region/region.yaml: applications: unknown field 'alchemy'");
        assertThat(engine.current().version()).isEqualTo(before);
        assertThat(engine.current().regionData().applications()).containsKey("materials-science");
    }
}
