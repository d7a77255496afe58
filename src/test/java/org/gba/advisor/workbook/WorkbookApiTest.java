package org.gba.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.Http.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spreadsheet round trip over HTTP: the template and a profile's workbook, a filled workbook read back as the
 * same profile with its advice, every error named by sheet and cell, and the indicator sheet alone as CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class WorkbookApiTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static Workbook open(byte[] bytes) throws Exception {
        return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    }

    static byte[] bytes(Workbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /** A profile as a workbook keeps it: a workbook cannot tell an empty list from a missing one. */
    public static JsonNode canonical(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> empty = new ArrayList<>();
            o.properties().forEach(e -> {
                if (e.getValue().isArray() && e.getValue().isEmpty()) {
                    empty.add(e.getKey());
                } else {
                    strip(e.getValue());
                }
            });
            empty.forEach(o::remove);
        } else if (node instanceof ArrayNode a) {
            a.forEach(WorkbookApiTest::strip);
        }
    }

    /** Fills the template as an official would: a district of Dongguan with a lab, a figure, an answer. */
    public static byte[] filledTemplate(byte[] template, String gdpUnit, Object yearOfGdp) throws Exception {
        try (Workbook wb = open(template)) {
            Sheet profile = wb.getSheet("Profile");
            String[][] values = {{"id", "songshan-lake"}, {"name/zh", "松山湖"}, {"name/en", "Songshan Lake"},
                    {"kind", "DISTRICT"}, {"jurisdiction", "GUANGDONG"}, {"parent", "dongguan"}};
            for (Row row : profile) {
                String key = row.getCell(0).getStringCellValue();
                for (String[] v : values) {
                    if (v[0].equals(key)) {
                        row.createCell(2).setCellValue(v[1]);
                    }
                }
                if (key.equals("year")) {
                    row.createCell(2).setCellValue(2022);
                }
                if (key.equals("specialties")) {
                    row.createCell(2).setCellValue("microelectronics, ai");
                }
            }
            for (Row row : wb.getSheet("Indicators")) {
                if (row.getRowNum() >= 2 && "gdp".equals(row.getCell(0).getStringCellValue())) {
                    row.createCell(3).setCellValue(85.5);
                    row.createCell(4).setCellValue(gdpUnit);
                    if (yearOfGdp instanceof String s) {
                        row.createCell(5).setCellValue(s);
                    } else {
                        row.createCell(5).setCellValue((Integer) yearOfGdp);
                    }
                    row.createCell(6).setCellValue("Dongguan Statistics Bureau, 2022 communiqué");
                }
            }
            Row lab = wb.getSheet("Assets").createRow(2);
            lab.createCell(0).setCellValue(1);
            lab.createCell(1).setCellValue("STATE_KEY_LAB");
            lab.createCell(2).setCellValue("松山湖材料实验室");
            lab.createCell(3).setCellValue("Songshan Lake Materials Laboratory");
            lab.createCell(4).setCellValue("materials-science, advanced-materials");
            lab.createCell(10).setCellValue("Guangdong S&T Department");
            Row figure = wb.getSheet("AssetFigures").getRow(2);
            figure.createCell(0).setCellValue(1);
            figure.createCell(1).setCellValue("joint-projects");
            figure.createCell(3).setCellValue(12);
            figure.createCell(4).setCellValue("count");
            figure.createCell(5).setCellValue(2022);
            figure.createCell(6).setCellValue("Lab annual report");
            Row partner = wb.getSheet("Partners").createRow(2);
            partner.createCell(0).setCellValue(1);
            partner.createCell(1).setCellValue("香港城市大学");
            partner.createCell(2).setCellValue("City University of Hong Kong");
            partner.createCell(3).setCellValue("HONG_KONG");
            partner.createCell(4).setCellValue("UNIVERSITY");
            for (Row row : wb.getSheet("Checklist")) {
                if (row.getRowNum() >= 2 && "INCUBATION_BASE".equals(row.getCell(0).getStringCellValue())) {
                    row.createCell(2).setCellValue("NO");
                    row.createCell(3).setCellValue("District work report 2022");
                }
            }
            for (Row row : wb.getSheet("Instruments")) {
                if (row.getRowNum() >= 2 && "joint-funding-scheme".equals(row.getCell(1).getStringCellValue())) {
                    row.createCell(0).setCellValue("YES");
                    row.createCell(4).setCellValue(2020);
                    row.createCell(5).setCellValue("GD S&T Department notice");
                }
            }
            return bytes(wb);
        }
    }

    @Test
    void theTemplateHasASheetPerSectionDropDownsAndTheCatalogInBothLanguages() throws Exception {
        Http.Reply r = http.get("/api/v1/workbook/template");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo(XLSX);
        assertThat(r.header("Content-Disposition")).contains("profile-template.xlsx");
        try (Workbook wb = open(r.bytes())) {
            List<String> sheets = new ArrayList<>();
            wb.sheetIterator().forEachRemaining(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Help", "Profile", "Indicators", "Assets", "AssetFigures", "Partners",
                    "Constraints", "Checklist", "Instruments", "Reach", "Lists");
            assertThat(wb.getSheet("Indicators").getDataValidations()).isNotEmpty();
            assertThat(wb.getSheet("Assets").getDataValidations().stream()
                    .map(v -> v.getValidationConstraint().getFormula1())).contains("listAssetType");
            assertThat(wb.getName("listIndicatorCode")).isNotNull();
            assertThat(wb.getName("listFieldCode")).isNotNull();
            StringBuilder all = new StringBuilder();
            wb.getSheet("Lists").forEach(row -> row.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all.toString())
                    .contains("gerd-gdp|研发经费投入强度（R&D经费占GDP比重）|Gross expenditure on R&D (GERD) as % of GDP|%")
                    .contains("biomedicine|生物医药|biomedicine").contains("billion yuan").contains("亿元");
            Sheet checklist = wb.getSheet("Checklist");
            assertThat(checklist.getRow(2).getCell(0).getStringCellValue()).isEqualTo("CROSS_BORDER_TIE");
            assertThat(checklist.getRow(2).getCell(1).getStringCellValue()).contains("边界另一侧")
                    .contains("across the HK/Macao boundary");
        }
    }

    @Test
    void everyBuiltInProfileComesBackFromItsWorkbookUnchanged() throws Exception {
        for (JsonNode summary : http.get("/api/v1/profiles").body()) {
            String id = summary.get("id").asString();
            JsonNode stored = http.get("/api/v1/profiles/" + id).body();
            Http.Reply workbook = http.get("/api/v1/profiles/" + id + "/workbook");
            assertThat(workbook.status()).isEqualTo(200);
            Http.Reply back = http.post("/api/v1/workbook?lang=en", XLSX, workbook.bytes());
            assertThat(back.status()).as(id + ": " + back.raw()).isEqualTo(200);
            assertThat(canonical(back.body().get("profile"))).as(id).isEqualTo(canonical(stored));
            assertThat(back.body().get("advice").get("profile").get("id").asString()).isEqualTo(id);
        }
    }

    @Test
    void aFilledTemplateGivesTheProfileWithItsUnitsConvertedAndItsAdvice() throws Exception {
        byte[] filled = filledTemplate(http.get("/api/v1/workbook/template").bytes(), "billion yuan", 2022);
        Http.Reply r = http.post("/api/v1/workbook?lang=en", XLSX, filled);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        JsonNode p = r.body().get("profile");
        assertThat(p.get("kind").asString()).isEqualTo("DISTRICT");
        assertThat(p.get("specialties").toString()).isEqualTo("[\"microelectronics\",\"ai\"]");
        JsonNode gdp = p.get("indicators").get(0);
        assertThat(gdp.get("value").asDouble()).isEqualTo(855.0);
        assertThat(gdp.get("original").get("unit").asString()).isEqualTo("billion yuan");
        JsonNode lab = p.get("assets").get(0);
        assertThat(lab.get("fields").toString()).isEqualTo("[\"materials-science\",\"advanced-materials\"]");
        assertThat(lab.get("figures").get(0).get("value").asDouble()).isEqualTo(12.0);
        assertThat(lab.get("partners").get(0).get("jurisdiction").asString()).isEqualTo("HONG_KONG");
        assertThat(p.get("checklist").get(0).get("answer").asString()).isEqualTo("NO");
        assertThat(p.get("instruments").get(0).get("code").asString()).isEqualTo("joint-funding-scheme");
        assertThat(r.body().get("advice").get("coverage")).isNotNull();

        // its own workbook, converted figure and all, gives the same profile again
        byte[] again = ProfileWorkbook.write(ProfileJson.MAPPER.treeToValue(p, Profile.class), TestRules.RULES.catalog(),
                List.of());
        Http.Reply second = http.post("/api/v1/workbook?lang=en", XLSX, again);
        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        assertThat(canonical(second.body().get("profile"))).isEqualTo(canonical(p));
    }

    @Test
    void everyErrorOfAWorkbookIsNamedBySheetAndCell() throws Exception {
        byte[] filled = filledTemplate(http.get("/api/v1/workbook/template").bytes(), "kg", "last year");
        try (Workbook wb = open(filled)) {
            wb.getSheet("Assets").getRow(2).getCell(4).setCellValue("biomedical");
            wb.getSheet("AssetFigures").getRow(2).getCell(0).setCellValue(7);
            filled = bytes(wb);
        }
        Http.Reply r = http.post("/api/v1/workbook", XLSX, filled);
        assertProblem(r, 400, "invalid-profile");
        List<String> cells = new ArrayList<>();
        r.body().get("errors").forEach(e -> cells.add(e.get("cell").asString() + " " + e.get("message").asString()));
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("Indicators!F").contains("expected a whole number"));
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("Assets!E3").contains("did you mean 'biomedicine'?"));
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("AssetFigures!A3").contains("no asset numbered 7"));
    }

    @Test
    void aUnitThatCannotBeConvertedIsNamedByItsCell() throws Exception {
        byte[] filled = filledTemplate(http.get("/api/v1/workbook/template").bytes(), "kg", 2022);
        Http.Reply r = http.post("/api/v1/workbook", XLSX, filled);
        assertProblem(r, 400, "invalid-profile");
        assertThat(r.body().get("errors").get(0).get("cell").asString()).startsWith("Indicators!E");
        assertThat(r.body().get("errors").get(0).get("message").asString()).contains("not 'kg'").contains("billion yuan");
    }

    @Test
    void somethingElseThanAWorkbookIsRefusedPlainly() throws Exception {
        Http.Reply r = http.post("/api/v1/workbook", XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8));
        assertProblem(r, 400, "invalid-workbook");
        assertThat(r.body().get("detail").asString()).contains("not an XLSX workbook");
    }

    @Test
    void theIndicatorsAloneGoAndComeBackAsCsv() throws Exception {
        Http.Reply csv = http.get("/api/v1/profiles/dongguan/indicators.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        Http.Reply back = http.post("/api/v1/workbook/indicators", "text/csv", csv.bytes());
        assertThat(back.status()).as(back.raw()).isEqualTo(200);
        assertThat(back.body().get("indicators")).isEqualTo(http.get("/api/v1/profiles/dongguan").body().get("indicators"));

        String filled = "code,value,unit,year,source\ngdp,1.2,billion yuan,2022,x\ngerd-gdp,abc,%,2022,x\n";
        Http.Reply r = http.post("/api/v1/workbook/indicators", "text/csv", filled.getBytes(StandardCharsets.UTF_8));
        assertProblem(r, 400, "invalid-profile");
        assertThat(r.body().get("errors").get(0).get("cell").asString()).isEqualTo("indicators.csv!B3");
        assertThat(r.body().get("errors").get(0).get("message").asString()).contains("expected a number");
    }
}
