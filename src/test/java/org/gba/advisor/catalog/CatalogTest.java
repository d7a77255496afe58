package org.gba.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gba.advisor.engine.RuleInfo;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.ConstraintType;
import org.gba.advisor.vocabulary.FieldRelation;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Text;
import org.junit.jupiter.api.Test;

/** The catalog and the rules agree, and everything exists in both languages. */
class CatalogTest {
    private final Catalog catalog = TestRules.RULES.catalog();

    @Test
    void everyRuleHasAUniqueIdASectionAndAReasonInBothLanguages() {
        List<RuleInfo> rules = List.copyOf(TestRules.RULES.rules().values());
        assertThat(rules).extracting(RuleInfo::id).doesNotHaveDuplicates();
        assertThat(rules).extracting(RuleInfo::name).doesNotHaveDuplicates();
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.section()).matches("§[2-6](\\.\\d+)*");
            assertThat(r.reason()).as(r.id()).isNotNull().matches(Text::complete);
            assertThat(r.file()).as(r.id()).matches("(diagnosis|models|countermeasures|region)/[a-z0-9-]+\\.drl");
        });
        assertThat(TestRules.RULES.parameters().rules().keySet())
                .containsExactlyInAnyOrderElementsOf(TestRules.RULES.rules().keySet());
    }

    @Test
    void everyCatalogTextExistsInChineseAndEnglish() {
        List<Map.Entry<String, Text>> texts = catalog.allTexts().toList();
        assertThat(texts).hasSizeGreaterThan(150);
        assertThat(texts).allSatisfy(t -> assertThat(t.getValue().complete()).as(t.getKey()).isTrue());
        assertThat(texts).allSatisfy(t -> assertThat(t.getValue().zh()).as(t.getKey() + " zh is Chinese")
                .containsPattern("\\p{IsHan}"));
    }

    @Test
    void fieldsFormOneVocabularyWithParents() {
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.fields().get("biomedicine").parent()).isEqualTo("life-science");
        assertThat(catalog.relation("biomedicine", "biomedicine")).isEqualTo(FieldRelation.EXACT);
        assertThat(catalog.relation("life-science", "biomedicine")).isEqualTo(FieldRelation.BROADER);
        assertThat(catalog.relation("chip-design", "electronic-information")).isEqualTo(FieldRelation.NARROWER);
        assertThat(catalog.relation("chip-design", "telecommunications")).isEqualTo(FieldRelation.SIBLING);
        assertThat(catalog.relation("ai", "digital-technology")).isEqualTo(FieldRelation.NARROWER);
        assertThat(catalog.relation("marine-science", "biomedicine")).isEqualTo(FieldRelation.NONE);
        assertThat(catalog.relation("marine-science", "environmental-technology"))
                .as("two top-level fields are not siblings").isEqualTo(FieldRelation.NONE);
        // every field a fixture or the region data uses is in the vocabulary
        Fixtures.all().forEach(p -> {
            assertThat(catalog.fields().keySet()).containsAll(p.specialtiesOrEmpty());
            p.assetsOrEmpty().forEach(a -> assertThat(catalog.fields().keySet()).as(p.id() + " " + a.name().en())
                    .containsAll(a.fieldsOrEmpty()));
        });
        TestRules.RULES.regionData().applications().forEach((research, applied) -> {
            assertThat(catalog.fields()).containsKey(research);
            assertThat(catalog.fields().keySet()).containsAll(applied);
        });
    }

    @Test
    void aFieldWithAnUnknownParentOrACycleOfParentsIsAProblem() {
        Map<String, Catalog.FieldEntry> fields = Map.of(
                "a", new Catalog.FieldEntry("甲", "a", "b"), "b", new Catalog.FieldEntry("乙", "b", "a"),
                "c", new Catalog.FieldEntry("丙", "c", "nowhere"));
        Catalog broken = catalog.withFields(fields);
        assertThat(broken.problems()).contains("fields.a: its parents form a cycle", "fields.b: its parents form a cycle",
                "fields.c: unknown parent 'nowhere'");
        assertThat(broken.ancestors("a")).containsExactly("b");
    }

    @Test
    void everyIdOfTheDomainIsInTheCatalog() {
        assertThat(catalog.elements()).containsOnlyKeys("E1", "E2", "E3", "E4");
        assertThat(catalog.functions()).containsOnlyKeys("SF1", "SF2", "SF3", "SF4");
        assertThat(catalog.constraints()).containsOnlyKeys("C1", "C2", "C3", "C3a", "C3b", "C4", "C4a", "C4b");
        assertThat(catalog.models()).containsOnlyKeys("M1", "M2", "M3", "M4");
        assertThat(catalog.countermeasures()).containsOnlyKeys("CM1", "CM2", "CM3", "CM4");
        assertThat(catalog.countermeasures().get("CM2").actions()).containsOnlyKeys("CM2a", "CM2b", "CM2c");
        assertThat(catalog.countermeasures().get("CM3").actions()).containsOnlyKeys("CM3a", "CM3b");
        catalog.countermeasures().forEach((id, cm) -> assertThat(cm.actions().keySet())
                .allSatisfy(a -> assertThat(a).matches(id + "[a-e]")));
        assertThat(catalog.models().values()).allSatisfy(m -> {
            assertThat(catalog.functions()).containsKey(m.function());
            assertThat(m.cases()).isNotEmpty();
        });
    }

    @Test
    void everyCodeAProfileCanUseHasATitle() {
        assertThat(catalog.assetTypes().keySet()).containsExactlyInAnyOrderElementsOf(names(AssetType.values()));
        assertThat(catalog.constraintTypes().keySet()).containsExactlyInAnyOrderElementsOf(names(ConstraintType.values()));
        assertThat(catalog.flows().keySet()).containsExactlyInAnyOrderElementsOf(names(Flow.values()));
        assertThat(catalog.indicators().values()).allSatisfy(i -> assertThat(catalog.elements()).containsKey(i.element()));
        TestRules.RULES.parameters().thresholds().values().forEach(t -> assertThat(t.unit()).as(t.indicator())
                .isEqualTo(t.per() == null ? catalog.indicators().get(t.indicator()).unit() : t.unit()));
        TestRules.RULES.parameters().thresholds().values().stream().filter(t -> t.per() != null)
                .forEach(t -> assertThat(t.unit()).as(t.indicator()).startsWith("per "));
    }

    @Test
    void everyTemplatePlaceholderIsOneTheRulesFill() {
        catalog.countermeasures().values().forEach(cm -> cm.actions().values().forEach(a -> a.templatesOrEmpty().values()
                .forEach(t -> Stream.of(t.zh(), t.en()).forEach(s -> assertThat(s.replaceAll(
                        "\\{(place|fields|facility|university|cluster|network|incubator|flows|asset)}", ""))
                        .doesNotContain("{").doesNotContain("}")))));
    }

    @Test
    void everyFixtureParsesAndValidatesWithItsIdAsFileName() {
        assertThat(SampleProfiles.profileFiles(TestRules.FIXTURES_DIR)).hasSize(15);
        assertThat(Fixtures.all()).extracting(Profile::id).containsExactlyInAnyOrder("hong-kong", "macao",
                "guangzhou", "shenzhen", "zhuhai", "foshan", "huizhou", "dongguan", "zhongshan", "jiangmen",
                "zhaoqing", "hengqin", "qianhai", "nansha", "hetao");
        assertThat(Fixtures.all()).allSatisfy(p -> assertThat(Fixtures.VALIDATOR.validate(p, catalog)).isEmpty());
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }
}
