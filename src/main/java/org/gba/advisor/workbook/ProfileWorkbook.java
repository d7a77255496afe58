package org.gba.advisor.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.AssetOrigin;
import org.gba.advisor.vocabulary.AssetStatus;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.ConstraintType;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.PartnerKind;
import org.gba.advisor.vocabulary.PlaceKind;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.gba.advisor.vocabulary.Question;
import org.gba.advisor.vocabulary.Severity;
import org.gba.advisor.vocabulary.Subject;
import org.gba.advisor.vocabulary.SupplyChain;
import org.gba.advisor.vocabulary.Text;
import org.gba.advisor.vocabulary.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A profile as an XLSX workbook and back (Apache POI): the layout of {@link Sheets}, drop-down lists of every
 * enumerated value and catalog code (from a Lists sheet that also gives each code's titles in both languages and
 * its unit), a Help sheet. Reading gives the profile's JSON tree and, for each JSON Pointer, the cell it came from,
 * so that every error of the profile can be named by sheet and cell.
 */
final class ProfileWorkbook {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DataFormatter FORMAT = new DataFormatter();

    private ProfileWorkbook() {
    }

    /** A workbook read: the profile's tree, where each pointer came from, and what could not be read at all. */
    record Parsed(ObjectNode tree, Map<String, String> cells, List<Violation> problems) {
        /** The cell of a pointer, or of the nearest field or row above it that has one. */
        String cellOf(String pointer) {
            for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
                if (cells.containsKey(p)) {
                    return cells.get(p);
                }
                if (p.isEmpty() || p.lastIndexOf('/') < 0) {
                    return Sheets.PROFILE;
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- writing

    /** The workbook of a profile, or the empty template where {@code profile} is null. */
    static byte[] write(Profile profile, Catalog catalog, List<String> places) {
        JsonNode tree = profile == null ? NODES.objectNode() : ProfileJson.MAPPER.valueToTree(profile);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            help(wb, styles);
            Sheet lists = wb.createSheet(Sheets.LISTS);
            Map<String, Integer> codeRows = writeLists(wb, lists, catalog, places, styles);
            profileSheet(wb, styles, tree);
            indicators(wb, styles, tree, catalog);
            List<JsonNode> assets = list(tree.get("assets"));
            Sheet assetSheet = table(wb, styles, Sheets.ASSETS);
            int r = Sheets.FIRST;
            for (int i = 0; i < assets.size(); i++) {
                ObjectNode row = ((ObjectNode) assets.get(i).deepCopy());
                row.put("no", i + 1);
                fill(assetSheet.createRow(r++), Sheets.ASSETS, row, styles);
            }
            Sheet figures = table(wb, styles, Sheets.FIGURES);
            Sheet partners = table(wb, styles, Sheets.PARTNERS);
            int fr = Sheets.FIRST;
            int pr = Sheets.FIRST;
            for (int i = 0; i < assets.size(); i++) {
                for (JsonNode f : list(assets.get(i).get("figures"))) {
                    ObjectNode row = ((ObjectNode) f.deepCopy()).put("asset", i + 1);
                    Row x = figures.createRow(fr++);
                    fill(x, Sheets.FIGURES, row, styles);
                    lookup(x, Sheets.FIGURES, "title", "code", "AssetFigureCode", codeRows);
                }
                for (JsonNode p : list(assets.get(i).get("partners"))) {
                    fill(partners.createRow(pr++), Sheets.PARTNERS, ((ObjectNode) p.deepCopy()).put("asset", i + 1), styles);
                }
            }
            for (int x = fr; x < Sheets.FIRST + Sheets.ROWS; x++) {
                lookup(figures.createRow(x), Sheets.FIGURES, "title", "code", "AssetFigureCode", codeRows);
            }
            Sheet constraints = table(wb, styles, Sheets.CONSTRAINTS);
            r = Sheets.FIRST;
            for (JsonNode c : list(tree.get("constraints"))) {
                fill(constraints.createRow(r++), Sheets.CONSTRAINTS, c, styles);
            }
            checklist(wb, styles, tree, catalog);
            instruments(wb, styles, tree, catalog, codeRows);
            Sheet reach = table(wb, styles, Sheets.REACH);
            r = Sheets.FIRST;
            for (JsonNode x : list(tree.get("reach"))) {
                ObjectNode row = ((ObjectNode) x.deepCopy());
                row.remove("resolved");
                fill(reach.createRow(r++), Sheets.REACH, row, styles);
            }
            for (Sheets.Table t : Sheets.TABLES) {
                validations(wb.getSheet(t.sheet()), t.columns(), Sheets.FIRST, Sheets.FIRST + Sheets.ROWS - 1, false);
            }
            validations(wb.getSheet(Sheets.PROFILE), Sheets.PROFILE_FIELDS, -1, -1, true);
            wb.setActiveSheet(wb.getSheetIndex(Sheets.PROFILE));
            wb.setSheetOrder(Sheets.LISTS, wb.getNumberOfSheets() - 1);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void help(Workbook wb, Styles styles) {
        Sheet s = wb.createSheet(Sheets.HELP);
        String[][] lines = {
                {"如何填写", "How to fill it in"},
                {"每个工作表是画像的一部分：Profile 为基本信息，其余每行一项。第 2 行是字段名，请勿修改；从第 3 行起填写。",
                        "Each sheet is one part of the profile: Profile holds its own fields, every other sheet one item a "
                                + "row. Row 2 names the fields (leave it as it is); fill in from row 3."},
                {"不知道的数据请留空，切勿填 0；每个数值都要写明单位、年份和来源。",
                        "Leave what you do not know blank, never 0; every figure needs its unit, year and source."},
                {"代码列有下拉列表；Lists 工作表列出全部代码及其中英文名称和单位。",
                        "Code columns have drop-down lists; the Lists sheet gives every code with its titles and unit."},
                {"单位可用常用写法（亿元、十亿元、万元、HK$ million、MOP$ billion 等），上传时换算为目录单位并保留原值。",
                        "Units may be the usual ones (亿元, billion yuan, 万元, HK$ million, MOP$ billion …): they are "
                                + "converted to the catalog's unit on upload, the original kept."},
                {"载体的数据（AssetFigures）与合作伙伴（Partners）用“载体序号”对应 Assets 工作表的序号。",
                        "Asset figures and partners name their asset by its No. on the Assets sheet."},
                {"核对清单：知道答案就填 YES 或 NO 并注明来源；不知道就留空（不会被当作“否”）。",
                        "Checklist: answer YES or NO with a source where you know; leave it blank where you do not "
                                + "(blank is never taken as NO)."},
                {"已实施的政策工具：在第一列填 YES 并注明来源。",
                        "Instruments in force: put YES in the first column and give a source."},
                {"上传：POST /api/v1/workbook（或在规划页面上传），每个错误都会以“工作表!单元格”标出。",
                        "Upload: POST /api/v1/workbook (or on the planner page); every error is named by sheet!cell."}};
        for (int i = 0; i < lines.length; i++) {
            Row row = s.createRow(i);
            row.createCell(0).setCellValue(lines[i][0]);
            row.createCell(1).setCellValue(lines[i][1]);
            if (i == 0) {
                row.getCell(0).setCellStyle(styles.header);
                row.getCell(1).setCellStyle(styles.header);
            }
        }
        s.setColumnWidth(0, 90 * 256);
        s.setColumnWidth(1, 110 * 256);
    }

    private static void profileSheet(Workbook wb, Styles styles, JsonNode tree) {
        Sheet s = wb.createSheet(Sheets.PROFILE);
        Row head = s.createRow(0);
        String[] labels = {"字段 field", "名称 / label", "填写 value"};
        for (int i = 0; i < labels.length; i++) {
            head.createCell(i).setCellValue(labels[i]);
            head.getCell(i).setCellStyle(styles.header);
        }
        for (int i = 0; i < Sheets.PROFILE_FIELDS.size(); i++) {
            Sheets.Column c = Sheets.PROFILE_FIELDS.get(i);
            Row row = s.createRow(i + 1);
            row.createCell(0).setCellValue(c.key());
            row.getCell(0).setCellStyle(styles.key);
            row.createCell(1).setCellValue(c.zh() + " / " + c.en());
            put(row.createCell(2), c, at(tree, c.key()));
        }
        s.setColumnWidth(0, 20 * 256);
        s.setColumnWidth(1, 55 * 256);
        s.setColumnWidth(2, 50 * 256);
        s.createFreezePane(0, 1);
    }

    private static void indicators(Workbook wb, Styles styles, JsonNode tree, Catalog catalog) {
        Sheet s = table(wb, styles, Sheets.INDICATORS);
        int r = Sheets.FIRST;
        Set<String> given = new LinkedHashSet<>();
        for (JsonNode f : list(tree.get("indicators"))) {
            Row row = s.createRow(r++);
            fill(row, Sheets.INDICATORS, f, styles);
            info(row, Sheets.INDICATORS, f.path("code").asString(""), catalog);
            given.add(f.path("code").asString(""));
        }
        // every other indicator of the catalog on a row of its own, its value left to fill in
        for (String code : catalog.indicators().keySet()) {
            if (!given.contains(code)) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(code);
                info(row, Sheets.INDICATORS, code, catalog);
            }
        }
    }

    private static void info(Row row, Sheets.Table t, String code, Catalog catalog) {
        Catalog.IndicatorEntry e = catalog.indicators().get(code);
        if (e != null) {
            row.createCell(t.column("title")).setCellValue(both(e.title()));
            row.createCell(t.column("catalogUnit")).setCellValue(e.unit());
        }
    }

    private static void checklist(Workbook wb, Styles styles, JsonNode tree, Catalog catalog) {
        Sheet s = table(wb, styles, Sheets.CHECKLIST);
        Map<String, JsonNode> answered = new LinkedHashMap<>();
        for (JsonNode a : list(tree.get("checklist"))) {
            answered.putIfAbsent(a.path("question").asString(""), a);
        }
        int r = Sheets.FIRST;
        Set<String> questions = new LinkedHashSet<>(answered.keySet());
        catalog.questions().keySet().forEach(q -> questions.add(q.name()));
        for (String q : questions) {
            Row row = s.createRow(r++);
            JsonNode a = answered.get(q);
            if (a != null) {
                fill(row, Sheets.CHECKLIST, a, styles);
            } else {
                row.createCell(0).setCellValue(q);
            }
            catalog.questions().entrySet().stream().filter(e -> e.getKey().name().equals(q)).findFirst()
                    .ifPresent(e -> row.createCell(Sheets.CHECKLIST.column("text")).setCellValue(both(e.getValue().text())
                            + " — " + both(e.getValue().help())));
        }
    }

    private static void instruments(Workbook wb, Styles styles, JsonNode tree, Catalog catalog,
                                    Map<String, Integer> codeRows) {
        Sheet s = table(wb, styles, Sheets.INSTRUMENTS);
        int r = Sheets.FIRST;
        Set<String> given = new LinkedHashSet<>();
        for (JsonNode in : list(tree.get("instruments"))) {
            ObjectNode row = ((ObjectNode) in.deepCopy()).put("inForce", "YES");
            Row x = s.createRow(r++);
            fill(x, Sheets.INSTRUMENTS, row, styles);
            title(x, in.path("code").asString(""), catalog);
            given.add(in.path("code").asString(""));
        }
        for (String code : catalog.instruments().keySet()) {
            if (!given.contains(code)) {
                Row x = s.createRow(r++);
                x.createCell(Sheets.INSTRUMENTS.column("code")).setCellValue(code);
                title(x, code, catalog);
            }
        }
    }

    private static void title(Row row, String code, Catalog catalog) {
        Catalog.InstrumentEntry e = catalog.instruments().get(code);
        if (e != null) {
            row.createCell(Sheets.INSTRUMENTS.column("title")).setCellValue(both(e.title()));
        }
    }

    /** A formula showing the code's titles from the Lists sheet, for rows an official fills in. */
    private static void lookup(Row row, Sheets.Table t, String target, String codeKey, String list,
                               Map<String, Integer> codeRows) {
        Integer col = codeRows.get(list);
        if (col == null) {
            return;
        }
        String code = new CellReference(row.getRowNum(), t.column(codeKey)).formatAsString();
        String range = "Lists!$" + CellReference.convertNumToColString(col) + ":$"
                + CellReference.convertNumToColString(col + 2);
        Cell cell = row.getCell(t.column(target)) == null ? row.createCell(t.column(target)) : row.getCell(t.column(target));
        cell.setCellFormula("IF(" + code + "=\"\",\"\",IFERROR(VLOOKUP(" + code + "," + range + ",2,FALSE)&\" / \"&VLOOKUP("
                + code + "," + range + ",3,FALSE),\"?\"))");
    }

    private static Sheet table(Workbook wb, Styles styles, Sheets.Table t) {
        Sheet s = wb.createSheet(t.sheet());
        Row labels = s.createRow(Sheets.LABELS);
        Row keys = s.createRow(Sheets.KEYS);
        for (int i = 0; i < t.columns().size(); i++) {
            Sheets.Column c = t.columns().get(i);
            labels.createCell(i).setCellValue(c.zh() + "\n" + c.en());
            labels.getCell(i).setCellStyle(c.kind() == Sheets.Kind.INFO ? styles.infoHeader : styles.header);
            keys.createCell(i).setCellValue(c.key());
            keys.getCell(i).setCellStyle(styles.key);
            s.setColumnWidth(i, (c.kind() == Sheets.Kind.INFO || c.key().equals("source") || c.key().startsWith("name")
                    ? 40 : 16) * 256);
        }
        labels.setHeightInPoints(34);
        s.createFreezePane(0, Sheets.FIRST);
        return s;
    }

    private static void fill(Row row, Sheets.Table t, JsonNode item, Styles styles) {
        for (int i = 0; i < t.columns().size(); i++) {
            Sheets.Column c = t.columns().get(i);
            if (c.kind() != Sheets.Kind.INFO) {
                put(row.createCell(i), c, at(item, c.key()));
            }
        }
    }

    private static void put(Cell cell, Sheets.Column c, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        if (c.kind() == Sheets.Kind.LIST && value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asString()));
            cell.setCellValue(String.join(", ", parts));
        } else if (value.isNumber()) {
            cell.setCellValue(value.asDouble());
        } else {
            cell.setCellValue(value.asString());
        }
    }

    private static JsonNode at(JsonNode node, String key) {
        JsonNode n = node;
        for (String part : key.split("/")) {
            n = n == null ? null : n.get(part);
        }
        return n;
    }

    /** The Lists sheet: for each list a block of code, zh, en (and unit), and a named range over its codes. */
    private static Map<String, Integer> writeLists(Workbook wb, Sheet s, Catalog c, List<String> places, Styles styles) {
        Map<String, List<String[]>> blocks = new LinkedHashMap<>();
        blocks.put("IndicatorCode", c.indicators().entrySet().stream()
                .map(e -> new String[] {e.getKey(), e.getValue().title().zh(), e.getValue().title().en(), e.getValue().unit()}).toList());
        blocks.put("AssetFigureCode", c.assetFigures().entrySet().stream()
                .map(e -> new String[] {e.getKey(), e.getValue().title().zh(), e.getValue().title().en(), e.getValue().unit()}).toList());
        blocks.put("FieldCode", texts(c.fieldTitles()));
        blocks.put("InstrumentCode", c.instruments().entrySet().stream()
                .map(e -> new String[] {e.getKey(), e.getValue().title().zh(), e.getValue().title().en(), null}).toList());
        blocks.put("Question", c.questions().entrySet().stream()
                .map(e -> new String[] {e.getKey().name(), e.getValue().text().zh(), e.getValue().text().en(), null}).toList());
        blocks.put("AssetType", entries(c.assetTypes(), AssetType.values()));
        blocks.put("ConstraintType", entries(c.constraintTypes(), ConstraintType.values()));
        blocks.put("Flow", texts(c.flows()));
        blocks.put("PlaceKind", plain(PlaceKind.values()));
        blocks.put("Jurisdiction", plain(Jurisdiction.values()));
        blocks.put("Subject", plain(Subject.values()));
        blocks.put("SupplyChain", plain(SupplyChain.values()));
        blocks.put("AssetOrigin", plain(AssetOrigin.values()));
        blocks.put("AssetStatus", plain(AssetStatus.values()));
        blocks.put("PartnerKind", plain(PartnerKind.values()));
        blocks.put("Severity", plain(Severity.values()));
        blocks.put("Answer", plain(Answer.values()));
        blocks.put("Place", places.stream().map(p -> new String[] {p, null, null, null}).toList());
        Set<String> units = new TreeSet<>();
        c.indicators().values().forEach(i -> units.add(i.unit()));
        c.assetFigures().values().forEach(i -> units.add(i.unit()));
        if (c.units() != null) {
            c.units().values().forEach(list -> list.forEach(u -> units.addAll(u.names())));
        }
        blocks.put("Unit", units.stream().map(u -> new String[] {u, null, null, null}).toList());

        Map<String, Integer> columns = new LinkedHashMap<>();
        Row head = s.createRow(0);
        int col = 0;
        int longest = blocks.values().stream().mapToInt(List::size).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < longest; i++) {
            rows.add(s.createRow(i + 1));
        }
        for (Map.Entry<String, List<String[]>> b : blocks.entrySet()) {
            columns.put(b.getKey(), col);
            String[] heads = {b.getKey(), "中文", "English", "单位 unit"};
            for (int k = 0; k < 4; k++) {
                head.createCell(col + k).setCellValue(k == 0 ? b.getKey() : heads[k]);
                head.getCell(col + k).setCellStyle(styles.header);
            }
            for (int i = 0; i < b.getValue().size(); i++) {
                String[] v = b.getValue().get(i);
                for (int k = 0; k < 4; k++) {
                    if (v[k] != null) {
                        rows.get(i).createCell(col + k).setCellValue(v[k]);
                    }
                }
            }
            if (!b.getValue().isEmpty()) {
                Name name = wb.createName();
                name.setNameName("list" + b.getKey());
                String letter = CellReference.convertNumToColString(col);
                name.setRefersToFormula(Sheets.LISTS + "!$" + letter + "$2:$" + letter + "$" + (b.getValue().size() + 1));
            }
            s.setColumnWidth(col, 28 * 256);
            s.setColumnWidth(col + 1, 24 * 256);
            s.setColumnWidth(col + 2, 30 * 256);
            s.setColumnWidth(col + 3, 12 * 256);
            col += 5;
        }
        s.createFreezePane(0, 1);
        return columns;
    }

    private static List<String[]> texts(Map<String, Text> texts) {
        return texts.entrySet().stream().map(e -> new String[] {e.getKey(), e.getValue().zh(), e.getValue().en(), null}).toList();
    }

    private static List<String[]> entries(Map<String, Catalog.Entry> entries, Enum<?>[] order) {
        return Arrays.stream(order).map(v -> {
            Catalog.Entry e = entries.get(v.name());
            return new String[] {v.name(), e == null ? null : e.title().zh(), e == null ? null : e.title().en(), null};
        }).toList();
    }

    private static List<String[]> plain(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new String[] {v.name(), null, null, null}).toList();
    }

    private static void validations(Sheet s, List<Sheets.Column> columns, int first, int last, boolean byRow) {
        DataValidationHelper helper = s.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Sheets.Column c = columns.get(i);
            if (c.list() == null || s.getWorkbook().getName("list" + c.list()) == null) {
                continue;
            }
            DataValidationConstraint constraint = helper.createFormulaListConstraint("list" + c.list());
            CellRangeAddressList range = byRow ? new CellRangeAddressList(i + 1, i + 1, 2, 2)
                    : new CellRangeAddressList(first, last, i, i);
            DataValidation v = helper.createValidation(constraint, range);
            v.setShowErrorBox(c.strict());
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox("不在列表中 / Not in the list", "请从下拉列表中选择 / Choose from the drop-down list");
            v.setSuppressDropDownArrow(true);
            s.addValidationData(v);
        }
    }

    private static String both(Text t) {
        return t == null ? "" : t.zh() + " / " + t.en();
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    /** The few styles of the workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle infoHeader;
        final CellStyle key;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            infoHeader = wb.createCellStyle();
            infoHeader.cloneStyleFrom(header);
            infoHeader.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            Font grey = wb.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            grey.setItalic(true);
            key = wb.createCellStyle();
            key.setFont(grey);
        }
    }

    // ---------------------------------------------------------------------------------------------- reading

    /** Reads a workbook; throws {@link WorkbookException} where it is not one. */
    static Parsed read(InputStream in) {
        Workbook wb;
        try {
            wb = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new WorkbookException("The body is not an XLSX workbook (Excel 2007 or later, or LibreOffice's "
                    + ".xlsx): " + plainMessage(e));
        }
        try (wb) {
            ObjectNode tree = NODES.objectNode();
            Map<String, String> cells = new LinkedHashMap<>();
            List<Violation> problems = new ArrayList<>();
            Sheet profile = wb.getSheet(Sheets.PROFILE);
            if (profile == null) {
                throw new WorkbookException("The workbook has no sheet '" + Sheets.PROFILE + "': start from "
                        + "GET /api/v1/workbook/template or a profile's workbook.");
            }
            readProfile(profile, tree, cells);
            readTable(wb, Sheets.INDICATORS, tree, cells, problems, row -> has(row, "value") || has(row, "source"));
            List<Integer> numbers = new ArrayList<>();
            readTable(wb, Sheets.ASSETS, tree, cells, problems, row -> row.size() > (row.has("no") ? 1 : 0));
            ArrayNode assets = tree.has("assets") ? (ArrayNode) tree.get("assets") : null;
            if (assets != null) {
                for (JsonNode a : assets) {
                    numbers.add(a.has("no") && a.get("no").canConvertToInt() ? a.get("no").asInt() : null);
                    ((ObjectNode) a).remove("no");
                }
                // an asset's No. is the sheet's key to it, not a field of the profile
                cells.keySet().removeIf(k -> k.matches("/assets/\\d+/no"));
            }
            readChildren(wb, Sheets.FIGURES, "figures", tree, numbers, cells, problems,
                    row -> has(row, "code") || has(row, "value"));
            readChildren(wb, Sheets.PARTNERS, "partners", tree, numbers, cells, problems, row -> row.size() > 1);
            readTable(wb, Sheets.CONSTRAINTS, tree, cells, problems, row -> row.size() > 0);
            readTable(wb, Sheets.CHECKLIST, tree, cells, problems, row -> has(row, "answer") || has(row, "source"));
            readTable(wb, Sheets.INSTRUMENTS, tree, cells, problems, row -> "YES".equalsIgnoreCase(row.path("inForce").asString("")));
            if (tree.has("instruments")) {
                tree.get("instruments").forEach(i -> ((ObjectNode) i).remove("inForce"));
                cells.keySet().removeIf(k -> k.matches("/instruments/\\d+/inForce"));
            }
            readTable(wb, Sheets.REACH, tree, cells, problems, row -> row.size() > 0);
            return new Parsed(tree, cells, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readProfile(Sheet s, ObjectNode tree, Map<String, String> cells) {
        for (Row row : s) {
            if (row.getRowNum() == 0 || row.getCell(0) == null) {
                continue;
            }
            String key = FORMAT.formatCellValue(row.getCell(0)).trim();
            Sheets.Column c = Sheets.PROFILE_FIELDS.stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
            if (c == null) {
                continue;
            }
            Cell cell = row.getCell(2);
            String ref = Sheets.PROFILE + "!" + new CellReference(row.getRowNum(), 2).formatAsString(false);
            cells.put("/" + key, ref);
            JsonNode value = value(cell, c);
            if (value != null) {
                set(tree, key, value);
            }
        }
    }

    /** A row read as an object: only its filled cells. */
    private interface Keep {
        boolean test(ObjectNode row);
    }

    private static void readTable(Workbook wb, Sheets.Table t, ObjectNode tree, Map<String, String> cells,
                                  List<Violation> problems, Keep keep) {
        Sheet s = wb.getSheet(t.sheet());
        if (s == null) {
            return;
        }
        ArrayNode items = NODES.arrayNode();
        Map<Integer, String> keys = keys(s, t);
        for (Row row : s) {
            if (row.getRowNum() < Sheets.FIRST) {
                continue;
            }
            ObjectNode item = rowObject(row, t, keys);
            if (!keep.test(item)) {
                continue;
            }
            String at = t.pointer() + "/" + items.size();
            cells.put(at, t.sheet() + "!" + (row.getRowNum() + 1));
            keys.forEach((col, key) -> cells.put(at + "/" + key, ref(t.sheet(), row.getRowNum(), col)));
            items.add(item);
        }
        if (!items.isEmpty()) {
            tree.set(t.pointer().substring(1), items);
        }
    }

    private static void readChildren(Workbook wb, Sheets.Table t, String field, ObjectNode tree, List<Integer> numbers,
                                     Map<String, String> cells, List<Violation> problems, Keep keep) {
        Sheet s = wb.getSheet(t.sheet());
        if (s == null) {
            return;
        }
        Map<Integer, String> keys = keys(s, t);
        int assetColumn = t.column("asset");
        for (Row row : s) {
            if (row.getRowNum() < Sheets.FIRST) {
                continue;
            }
            ObjectNode item = rowObject(row, t, keys);
            if (!keep.test(item)) {
                continue;
            }
            JsonNode no = item.remove("asset");
            int index = no != null && no.canConvertToInt() ? numbers.indexOf(no.asInt()) : -1;
            if (index < 0) {
                problems.add(new Violation("", "no asset numbered " + (no == null ? "(blank)" : no.asString())
                        + " on the " + Sheets.ASSETS.sheet() + " sheet").at(ref(t.sheet(), row.getRowNum(), assetColumn)));
                continue;
            }
            ObjectNode asset = (ObjectNode) tree.get("assets").get(index);
            ArrayNode list = asset.has(field) && asset.get(field).isArray() ? (ArrayNode) asset.get(field) : asset.putArray(field);
            String at = "/assets/" + index + "/" + field + "/" + list.size();
            cells.put(at, t.sheet() + "!" + (row.getRowNum() + 1));
            keys.forEach((col, key) -> cells.put(at + "/" + key, ref(t.sheet(), row.getRowNum(), col)));
            list.add(item);
        }
    }

    /** The columns of a sheet by the field names of its row 2 (so a column moved by hand still reads). */
    private static Map<Integer, String> keys(Sheet s, Sheets.Table t) {
        Map<Integer, String> out = new LinkedHashMap<>();
        Row keys = s.getRow(Sheets.KEYS);
        if (keys == null) {
            return out;
        }
        for (Cell c : keys) {
            String key = FORMAT.formatCellValue(c).trim();
            int at = t.column(key);
            if (at >= 0 && t.columns().get(at).kind() != Sheets.Kind.INFO) {
                out.put(c.getColumnIndex(), key);
            }
        }
        return out;
    }

    private static ObjectNode rowObject(Row row, Sheets.Table t, Map<Integer, String> keys) {
        ObjectNode item = NODES.objectNode();
        keys.forEach((col, key) -> {
            JsonNode v = value(row.getCell(col), t.columns().get(t.column(key)));
            if (v != null) {
                set(item, key, v);
            }
        });
        return item;
    }

    private static void set(ObjectNode node, String key, JsonNode value) {
        String[] parts = key.split("/");
        ObjectNode at = node;
        for (int i = 0; i < parts.length - 1; i++) {
            at = at.has(parts[i]) && at.get(parts[i]).isObject() ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
        }
        at.set(parts[parts.length - 1], value);
    }

    private static boolean has(ObjectNode row, String key) {
        return row.has(key) || key.contains("/") && row.has(key.substring(0, key.indexOf('/')));
    }

    /**
     * A cell as JSON: blank is absent; a number where a number is wanted, else its text (so that the profile's own
     * check names a wrong type, e.g. text in a year, by its pointer and so by its cell).
     */
    private static JsonNode value(Cell cell, Sheets.Column c) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case BLANK, ERROR, _NONE -> {
                return null;
            }
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                return switch (c.kind()) {
                    case NUMBER -> NODES.numberNode(d);
                    case INTEGER -> d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE ? NODES.numberNode((int) d)
                            : NODES.numberNode(d);
                    case LIST -> NODES.arrayNode().add(FORMAT.formatCellValue(cell));
                    default -> NODES.stringNode(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                            : Double.toString(d));
                };
            }
            case BOOLEAN -> {
                return NODES.booleanNode(cell.getBooleanCellValue());
            }
            default -> {
                String text = cell.getStringCellValue();
                if (text.isBlank()) {
                    return null;
                }
                return switch (c.kind()) {
                    case CODE -> NODES.stringNode(text.trim());
                    case LIST -> {
                        ArrayNode parts = NODES.arrayNode();
                        Arrays.stream(text.split("[,，;；、]")).map(String::trim).filter(p -> !p.isEmpty())
                                .forEach(parts::add);
                        yield parts;
                    }
                    case NUMBER, INTEGER -> number(text.trim(), c.kind());
                    default -> NODES.stringNode(text);
                };
            }
        }
    }

    /** A number typed as text ("1,234.5"), or the text itself for the profile's check to refuse. */
    private static JsonNode number(String text, Sheets.Kind kind) {
        try {
            double d = Double.parseDouble(text.replace(",", ""));
            if (kind == Sheets.Kind.INTEGER && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
                return NODES.numberNode((int) d);
            }
            return NODES.numberNode(d);
        } catch (NumberFormatException e) {
            return NODES.stringNode(text);
        }
    }

    private static String ref(String sheet, int row, int col) {
        return sheet + "!" + new CellReference(row, col).formatAsString(false);
    }

    private static String plainMessage(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("(?s)\\s+at .*", "").replaceAll("\\S+Exception:? ?", "");
    }
}
