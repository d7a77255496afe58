package org.gba.advisor.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.AssetStatus;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.PlaceKind;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileAsset;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The data of the built-in places (issue 15): every figure has a source, a year, a unit and a note; each asset and
 * each of its figures stands in one profile; names are given in both languages; a city or SAR short of eight
 * indicators has a data sheet saying why; and the corrections the issue asked for stay made.
 */
class FixtureDataTest {
    private static final Catalog CATALOG = TestRules.RULES.catalog();
    private static final Path DATA_SHEETS = TestRules.FIXTURES_DIR.resolveSibling("docs").resolve("data.md");
    private static final Pattern DATED_OR_PAPER = Pattern.compile("(19|20)\\d\\d|§\\d");

    private record Placed(Profile profile, String path, Figure figure) {
        @Override
        public String toString() {
            return profile.id() + path + " " + figure.code();
        }
    }

    private static List<Placed> figures() {
        List<Placed> out = new ArrayList<>();
        for (Profile p : Fixtures.all()) {
            for (int i = 0; i < p.indicatorsOrEmpty().size(); i++) {
                out.add(new Placed(p, "/indicators/" + i, p.indicatorsOrEmpty().get(i)));
            }
            for (int a = 0; a < p.assetsOrEmpty().size(); a++) {
                List<Figure> fs = p.assetsOrEmpty().get(a).figuresOrEmpty();
                for (int i = 0; i < fs.size(); i++) {
                    out.add(new Placed(p, "/assets/" + a + "/figures/" + i, fs.get(i)));
                }
            }
        }
        return out;
    }

    @Test
    void everyFigureHasASourceAYearAUnitAndANoteAndAComputedOneSaysHow() {
        List<Placed> figures = figures();
        assertThat(figures).hasSizeGreaterThan(70);
        assertThat(figures).allSatisfy(f -> {
            String at = f.profile().id() + f.path() + " " + f.figure().code();
            String unit = f.path().startsWith("/indicators/") ? CATALOG.indicators().get(f.figure().code()).unit()
                    : CATALOG.assetFigures().get(f.figure().code()).unit();
            assertThat(f.figure().unit()).as(at + " unit").isEqualTo(unit);
            assertThat(f.figure().year()).as(at + " year").isBetween(2010, 2026);
            assertThat(f.figure().source()).as(at + " source names its date or the paper's section")
                    .containsPattern(DATED_OR_PAPER);
            assertThat(f.figure().note()).as(at + " note (quote or table reference)").isNotBlank();
            if (f.figure().note().startsWith("computed")) {
                assertThat(f.figure().note()).as(at + " says how it was computed").containsPattern("÷|=|divided");
            }
        });
        assertThat(Fixtures.all()).allSatisfy(p -> assertThat(p.assetsOrEmpty())
                .allSatisfy(a -> assertThat(a.source()).as(p.id() + " " + a.name().en()).isNotBlank()));
        // checklist answers and instruments in force are stated only with a dated source or the paper's section
        assertThat(Fixtures.all()).allSatisfy(p -> {
            assertThat(p.checklistOrEmpty()).allSatisfy(a -> assertThat(a.source()).as(p.id() + " " + a.question())
                    .containsPattern(DATED_OR_PAPER));
            assertThat(p.instrumentsOrEmpty()).allSatisfy(i -> assertThat(i.source()).as(p.id() + " " + i.code())
                    .containsPattern(DATED_OR_PAPER));
        });
        assertThat(Fixtures.all()).flatExtracting(Profile::instrumentsOrEmpty).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void eachAssetAndEachOfItsFiguresStandsInOneProfile() {
        Map<String, String> assetOwner = new HashMap<>();
        Map<String, String> figureOwner = new HashMap<>();
        for (Profile p : Fixtures.all()) {
            for (ProfileAsset a : p.assetsOrEmpty()) {
                assertThat(assetOwner.put(a.name().en(), p.id())).as(a.name().en() + " is listed in two profiles")
                        .isNull();
                for (Figure f : a.figuresOrEmpty()) {
                    String key = f.code() + "=" + f.value() + "@" + f.year() + " " + f.source();
                    assertThat(figureOwner.put(key, p.id())).as("the figure " + key + " is in two profiles").isNull();
                }
            }
        }
    }

    @Test
    void aPlatformsAssetsAndFiguresAreNotAlsoItsParentsAndTheParentSaysWhatItsFiguresCover() {
        List<Profile> platforms = Fixtures.all().stream().filter(p -> p.kind() == PlaceKind.PLATFORM).toList();
        assertThat(platforms).extracting(Profile::id).containsExactlyInAnyOrder("hengqin", "hetao", "nansha", "qianhai");
        for (Profile platform : platforms) {
            Profile parent = Fixtures.get(platform.parent());
            Set<String> own = new TreeSet<>(platform.assetsOrEmpty().stream().map(a -> a.name().en()).toList());
            assertThat(parent.assetsOrEmpty()).extracting(a -> a.name().en()).doesNotContainAnyElementsOf(own);
            for (Figure f : platform.indicatorsOrEmpty()) {
                assertThat(parent.indicatorsOrEmpty())
                        .as(platform.id() + "'s " + f.code() + " is its own, not a copy of " + parent.id() + "'s")
                        .noneMatch(g -> g.code().equals(f.code()) && g.value().equals(f.value()) && g.year().equals(f.year()));
            }
            assertThat(parent.note()).as(parent.id() + " says its figures are city-wide and include " + platform.id())
                    .contains("include").contains(platform.name().en());
        }
    }

    @Test
    void assetAndPartnerNamesAreGivenInChineseAndEnglishAndOneEnglishNameHasOneChineseName() throws IOException {
        Map<String, String> chineseOf = new HashMap<>();
        for (Path file : SampleProfiles.profileFiles(TestRules.FIXTURES_DIR)) {
            JsonNode profile = ProfileJson.MAPPER.readTree(file.toFile());
            List<JsonNode> names = new ArrayList<>();
            for (JsonNode asset : profile.get("assets")) {
                names.add(asset.get("name"));
                if (asset.has("partners")) {
                    asset.get("partners").forEach(p -> names.add(p.get("name")));
                }
            }
            assertThat(names).as(file.getFileName() + ": names").allSatisfy(n -> {
                assertThat(n.isObject()).as(n + " is {zh, en}").isTrue();
                assertThat(n.get("zh").asString()).as(n + " zh").containsPattern("\\p{IsHan}");
                assertThat(n.get("en").asString()).as(n + " en").matches("[\\x20-\\x7E–’]+");
                String before = chineseOf.putIfAbsent(n.get("en").asString(), n.get("zh").asString());
                assertThat(before == null || before.equals(n.get("zh").asString()))
                        .as(n.get("en").asString() + " has one Chinese name, not '" + before + "' and '"
                                + n.get("zh").asString() + "'").isTrue();
            });
        }
    }

    @Test
    void everyCityAndSarStatesEightIndicatorsOrItsDataSheetSaysWhyAndWhereItWasSearched() throws IOException {
        String sheets = Files.readString(DATA_SHEETS);
        for (Profile p : Fixtures.all()) {
            if (p.kind() != PlaceKind.CITY && p.kind() != PlaceKind.SAR) {
                continue;
            }
            String sheet = section(sheets, p);
            assertThat(sheet).as("docs/data.md has a sheet for " + p.id()).isNotBlank();
            p.indicatorsOrEmpty().forEach(f -> assertThat(sheet).as(p.id() + " sheet lists " + f.code())
                    .contains("`" + f.code() + "`"));
            if (p.indicatorsOrEmpty().size() >= 8) {
                continue;
            }
            assertThat(sheet).as(p.id() + " says why it has fewer than 8").contains("Fewer than 8 place-level indicators");
            Set<String> missing = new TreeSet<>(CATALOG.indicators().keySet());
            p.indicatorsOrEmpty().forEach(f -> missing.remove(f.code()));
            String why = sheet.substring(sheet.indexOf("Fewer than 8 place-level indicators"));
            String applyToAll = sheets.substring(0, sheets.indexOf("\n## ", sheets.indexOf("## How to read")));
            for (String code : missing) {
                assertThat(why.contains("`" + code + "`") || applyToAll.contains("`" + code + "`"))
                        .as(p.id() + ": the sheet says where " + code + " was searched").isTrue();
            }
            assertThat(why).as(p.id() + " names where it searched").containsPattern("pass|quer|not published|not applicable");
        }
    }

    /** The section "## <English name> (<id>)" of the data sheets, or empty. */
    private static String section(String sheets, Profile p) {
        Matcher m = Pattern.compile("(?m)^## " + Pattern.quote(p.name().en()) + " \\(" + Pattern.quote(p.id()) + "\\)")
                .matcher(sheets);
        if (!m.find()) {
            return "";
        }
        int end = sheets.indexOf("\n## ", m.end());
        return sheets.substring(m.start(), end < 0 ? sheets.length() : end);
    }

    private static ProfileAsset asset(String place, String english) {
        return Fixtures.get(place).assetsOrEmpty().stream().filter(a -> a.name().en().startsWith(english)).findFirst()
                .orElseThrow(() -> new AssertionError(place + " has no asset named " + english));
    }

    private static Figure figure(ProfileAsset a, String code) {
        return a.figuresOrEmpty().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(a.name().en() + " has no " + code));
    }

    @Test
    void theCorrectionsOfIssue15StayMade() {
        // Huawei's PCT count is WIPO's for its year (2020: 5,464; 2024: 6,600), not the paper's 6,694
        Figure pct = figure(asset("shenzhen", "Huawei"), "pct-applications");
        assertThat(pct.value()).isNotEqualTo(6694.0);
        assertThat(Map.of(2020, 5464.0, 2021, 6952.0, 2022, 7689.0, 2023, 6494.0, 2024, 6600.0))
                .containsEntry(pct.year(), pct.value());
        // the neutron source: over 1,000 projects by Sept 2023, not about 900
        Figure projects = figure(asset("dongguan", "China Spallation Neutron Source"), "projects");
        assertThat(projects.value()).isGreaterThanOrEqualTo(1000);
        assertThat(projects.year()).isGreaterThanOrEqualTo(2023);
        // Dongguan's R&D intensity is an outcome computed from the bulletin, not the 4% target
        Figure intensity = Fixtures.get("dongguan").indicatorsOrEmpty().stream()
                .filter(f -> f.code().equals("gerd-gdp")).findFirst().orElseThrow();
        assertThat(intensity.note()).startsWith("computed").contains("458.72");
        // statuses as of 2025
        assertThat(asset("dongguan", "City University of Hong Kong (Dongguan)").status()).isEqualTo(AssetStatus.OPERATING);
        assertThat(asset("huizhou", "High Intensity heavy-ion Accelerator Facility").status()).isEqualTo(AssetStatus.OPERATING);
        assertThat(asset("huizhou", "China initiative Accelerator Driven System").status())
                .isEqualTo(AssetStatus.UNDER_CONSTRUCTION);
        assertThat(asset("jiangmen", "Jiangmen Underground Neutrino Observatory").status()).isEqualTo(AssetStatus.OPERATING);
        // names: the Zhuhai marine lab is a sibling, the UM lab's Hengqin branch its Microelectronics R&D Centre
        assertThat(asset("zhuhai", "Southern Marine Science and Engineering Guangdong Laboratory (Zhuhai)").source())
                .doesNotContainIgnoringCase("branch");
        assertThat(asset("hengqin", "Microelectronics R&D Centre").name().zh()).startsWith("珠海澳大科技研究院微电子研发中心");
        assertThat(Fixtures.get("hengqin").assetsOrEmpty()).extracting(a -> a.name().en())
                .noneMatch(n -> n.startsWith("Microelectronics research institute"))
                .contains("Zhuhai UM Science and Technology Research Institute");
        // figures in one place: the HK branch's in Hong Kong's profile, the UM branch's in Hengqin's
        assertThat(Stream.of("nansha", "macao").flatMap(id -> Fixtures.get(id).assetsOrEmpty().stream())
                .flatMap(a -> a.figuresOrEmpty().stream()))
                .noneMatch(f -> f.code().equals("joint-projects") || f.code().equals("researchers")
                        || f.code().equals("commercial-projects") && f.value() == 17);
        assertThat(figure(asset("hong-kong", "Hong Kong Branch"), "joint-projects").value()).isEqualTo(62);
        assertThat(Fixtures.get("nansha").assetsOrEmpty()).extracting(a -> a.type().name()).doesNotContain("ALUMNI_NETWORK");
    }
}
