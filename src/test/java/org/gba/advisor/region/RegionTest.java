package org.gba.advisor.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gba.advisor.testing.ProfileBuilder.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gba.advisor.engine.RegionEvaluation;
import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.engine.facts.RegionData;
import org.gba.advisor.engine.facts.RegionFact;
import org.gba.advisor.profiles.UnknownProfileException;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.InvalidProfileException;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.LocalizedName;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Violation;
import org.junit.jupiter.api.Test;

/** Region advice over the fixtures and test profiles: pairings, warnings, groups, texts, and how a request is read. */
class RegionTest {
    private static final RegionService SERVICE = new RegionService(TestRules.ENGINE, Fixtures.SAMPLES,
            Fixtures.VALIDATOR, Clock.systemUTC());

    private static RegionAdvice advise(List<Profile> profiles, Lang lang) {
        RegionEvaluation evaluation = RegionService.evaluate(TestRules.RULES, profiles);
        return new RegionWriter(TestRules.RULES, TestRules.RULES.regionData(), profiles, lang)
                .write(evaluation, Instant.now());
    }

    private static RegionAdvice.Pairing pairing(RegionAdvice advice, String a, String b) {
        return advice.pairings().stream()
                .filter(p -> p.places().stream().map(RegionAdvice.Named::id).toList().containsAll(List.of(a, b)))
                .findFirst().orElseThrow(() -> new AssertionError("no pairing " + a + " × " + b));
    }

    @Test
    void hongKongResearchMeetsDongguansFacilityAndManufacturing() {
        RegionAdvice advice = advise(Fixtures.all(), Lang.EN);
        RegionAdvice.Pairing p = pairing(advice, "hong-kong", "dongguan");
        assertThat(p.crossBorder()).isTrue();
        assertThat(p.links()).extracting(RegionAdvice.Link::model).contains("M1", "M4");
        assertThat(p.actions()).extracting(RegionAdvice.Action::id).contains("CM2b", "CM4e");
        List<String> facts = p.links().stream().flatMap(l -> l.because().stream()).flatMap(r -> r.facts().stream())
                .map(f -> f.place() + f.path()).toList();
        // CityU and HKU; the neutron source and the manufacturing clusters
        assertThat(facts).contains("hong-kong/assets/1", "hong-kong/assets/3", "dongguan/assets/0", "dongguan/assets/2");
        assertThat(p.links().stream().filter(l -> l.model().equals("M4")).findFirst().orElseThrow().texts())
                .anySatisfy(t -> assertThat(t).contains("China Spallation Neutron Source").contains("Hong Kong"));
        // the funds and data barriers Hong Kong declares are attached to the pairing
        assertThat(p.actions().stream().filter(a -> a.id().equals("CM4e")).findFirst().orElseThrow().because())
                .flatExtracting(RegionAdvice.Reason::facts).anySatisfy(f -> {
                    assertThat(f.place()).isEqualTo("hong-kong");
                    assertThat(f.path()).startsWith("/constraints/");
                });
        assertThat(p.score()).isEqualTo(p.links().stream().mapToDouble(RegionAdvice.Link::score).sum()
                + p.actions().stream().mapToDouble(RegionAdvice.Action::score).sum());
    }

    @Test
    void hengqinAndMacaosUniversityLabAreAnRdInstitutionLinkInTheirCorridor() {
        RegionAdvice advice = advise(Fixtures.all(), Lang.EN);
        RegionAdvice.Pairing p = pairing(advice, "hengqin", "macao");
        assertThat(p.links()).extracting(RegionAdvice.Link::model).containsExactly("M2");
        assertThat(p.groups()).contains("gz-zh-mo-corridor");
        RegionAdvice.GroupAdvice corridor = advice.groups().stream().filter(g -> g.id().equals("gz-zh-mo-corridor"))
                .findFirst().orElseThrow();
        assertThat(corridor.pairings()).contains(List.of("hengqin", "macao"));
        assertThat(corridor.recommendations()).extracting(RegionAdvice.Action::id).contains("CM1a");
        assertThat(corridor.kind()).isEqualTo(RegionData.GroupKind.CORRIDOR);
    }

    @Test
    void allFiveCorridorsAndCirclesAreAnsweredForTheFixturesAndRanked() {
        RegionAdvice advice = advise(Fixtures.all(), Lang.ZH);
        assertThat(advice.groups()).extracting(RegionAdvice.GroupAdvice::id).containsExactlyInAnyOrder(
                "gz-sz-hk-corridor", "gz-zh-mo-corridor", "sz-dg-hz-circle", "gz-fs-zq-circle", "pearl-river-west-circle");
        assertThat(advice.groups()).extracting(RegionAdvice.GroupAdvice::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(advice.pairings()).extracting(RegionAdvice.Pairing::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(advice.places()).hasSize(15);
        assertThat(advice.provenance().places()).isEqualTo(15);
    }

    @Test
    void anOverlappingPairIsWarnedWithADivisionOfLabourAndTheWarningGoesWithTheOverlap() {
        Profile alpha = platform("alpha").specialties("ai", "data").build();
        RegionAdvice overlapping = advise(List.of(alpha, platform("beta").specialties("ai").build()), Lang.EN);
        assertThat(overlapping.warnings()).singleElement().satisfies(w -> {
            assertThat(w.constraint()).isEqualTo("C2");
            assertThat(w.places()).extracting(RegionAdvice.Named::id).containsExactly("alpha", "beta");
            assertThat(w.proposals()).singleElement().asString().contains("division of labour").contains("artificial intelligence");
            assertThat(w.because()).flatExtracting(RegionAdvice.Reason::facts).extracting(RegionFact::path)
                    .containsOnly("/specialties/0");
        });
        RegionAdvice apart = advise(List.of(alpha, platform("beta").specialties("biomedicine").build()), Lang.EN);
        assertThat(apart.warnings()).isEmpty();
    }

    @Test
    void textsComeInTheRequestedLanguage() {
        RegionAdvice zh = advise(Fixtures.all(), Lang.ZH);
        RegionAdvice.Pairing p = pairing(zh, "hong-kong", "dongguan");
        assertThat(p.places()).extracting(RegionAdvice.Named::name).contains("香港", "东莞");
        assertThat(p.links()).allSatisfy(l -> assertThat(l.texts()).allSatisfy(t -> assertThat(t).containsPattern("\\p{IsHan}")));
        assertThat(p.links().get(0).because().get(0).text()).containsPattern("\\p{IsHan}");
    }

    @Test
    void theSinglePlaceRulesNeverRunInARegionSessionNorTheRegionRulesInASinglePlaceOne() {
        RegionEvaluation region = RegionService.evaluate(TestRules.RULES, Fixtures.all());
        assertThat(region.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.ruleId()).startsWith("region."));
        for (Profile p : Fixtures.all()) {
            assertThat(TestRules.evaluate(p).evidence()).extracting(Evidence::ruleId)
                    .noneMatch(id -> id.startsWith("region."));
        }
    }

    @Test
    void aRequestNamesBuiltInPlacesInlinePlacesOrNoneForAll() {
        assertThat(SERVICE.resolve(new RegionRequest(null, null), TestRules.RULES)).hasSize(15);
        assertThat(SERVICE.resolve(null, TestRules.RULES)).hasSize(15);
        assertThat(SERVICE.resolve(new RegionRequest(List.of("macao", "hengqin"), List.of(platform("alpha").build())),
                TestRules.RULES)).extracting(Profile::id).containsExactly("macao", "hengqin", "alpha");
        assertThatThrownBy(() -> SERVICE.resolve(new RegionRequest(List.of("macao", "atlantis"), null), TestRules.RULES))
                .isInstanceOf(UnknownProfileException.class).hasMessageContaining("atlantis");
    }

    @Test
    void anInvalidOrRepeatedInlinePlaceIsNamedUnderItsIndex() {
        Profile ok = platform("alpha").build();
        Profile bad = new Profile("Bad Id", new LocalizedName("坏", "bad"), ok.kind(), ok.jurisdiction(), null, 1800,
                List.of("no-such-field"), null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> SERVICE.resolve(new RegionRequest(null, List.of(ok, bad, ok)), TestRules.RULES))
                .isInstanceOf(InvalidProfileException.class)
                .satisfies(e -> assertThat(((InvalidProfileException) e).violations()).extracting(Violation::pointer)
                        .contains("/profiles/1/id", "/profiles/1/year", "/profiles/1/specialties/0", "/profiles/2/id")
                        .allSatisfy(p -> assertThat(p).startsWith("/profiles/")));
        assertThatThrownBy(() -> SERVICE.resolve(new RegionRequest(List.of("macao", "macao"), null), TestRules.RULES))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("/profileIds/1");
    }

    @Test
    void aPlaceIsDrawnAtItsOwnPositionOrBesideItsParentOrListedAsUnplaced() {
        Profile district = org.gba.advisor.testing.ProfileBuilder.city("longgang").parent("shenzhen").build();
        Profile nowhere = org.gba.advisor.testing.ProfileBuilder.city("atlantis").build();
        RegionAdvice advice = advise(List.of(Fixtures.get("shenzhen"), district, nowhere), Lang.EN);
        Map<String, RegionAdvice.MapPosition> at = advice.places().stream()
                .collect(java.util.stream.Collectors.toMap(RegionAdvice.Place::id, RegionAdvice.Place::map));
        assertThat(at.get("shenzhen").placement()).isEqualTo(RegionAdvice.Placement.LISTED);
        assertThat(at.get("longgang").placement()).isEqualTo(RegionAdvice.Placement.BESIDE_PARENT);
        assertThat(Math.hypot(at.get("longgang").x() - at.get("shenzhen").x(), at.get("longgang").y() - at.get("shenzhen").y()))
                .isCloseTo(0.08, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(at.get("atlantis")).isEqualTo(new RegionAdvice.MapPosition(null, null, RegionAdvice.Placement.UNPLACED));
        assertThat(TestRules.RULES.regionData().mapOrEmpty().keySet()).containsAll(Fixtures.SAMPLES.all().stream()
                .map(Profile::id).toList());
    }

    @Test
    void everyRegionTextExistsInBothLanguagesWithOnlyPlaceholdersTheWriterFills() {
        RegionData data = TestRules.RULES.regionData();
        assertThat(data.problems(TestRules.RULES.catalog())).isEmpty();
        assertThat(data.texts()).isNotEmpty().allSatisfy((id, t) -> {
            assertThat(t.zh()).containsPattern("\\p{IsHan}");
            assertThat(List.of(t.zh(), t.en())).allSatisfy(s -> assertThat(
                    s.replaceAll("\\{(from|to|places|fields|flows|facility|group)}", "")).doesNotContain("{", "}"));
        });
        assertThat(data.groups()).allSatisfy((id, g) -> assertThat(g.members())
                .allSatisfy(m -> assertThat(Fixtures.SAMPLES.find(m)).as("member " + m + " of " + id).isPresent()));
    }
}
