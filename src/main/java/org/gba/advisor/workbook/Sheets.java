package org.gba.advisor.workbook;

import java.util.List;

/**
 * The layout of a profile workbook: a sheet of the profile's own fields, and one table per list of the profile, each
 * column named by its field (row 2) under a label in both languages (row 1), data from row 3. The same layout writes
 * and reads, so a workbook downloaded, filled and uploaded gives the profile back.
 */
final class Sheets {
    static final int LABELS = 0;
    static final int KEYS = 1;
    static final int FIRST = 2;
    /** Rows of each table offered with drop-down lists. */
    static final int ROWS = 300;

    private Sheets() {
    }

    /** How a cell is read into the profile's JSON. */
    enum Kind { TEXT, NUMBER, INTEGER, LIST, CODE, INFO }

    /**
     * One column: its field (a path under the row's object, e.g. original/unit), labels, kind and, for a code, the
     * named list of the Lists sheet its drop-down offers ({@code strict}: only those).
     */
    record Column(String key, String zh, String en, Kind kind, String list, boolean strict) {
        static Column text(String key, String zh, String en) {
            return new Column(key, zh, en, Kind.TEXT, null, false);
        }

        static Column number(String key, String zh, String en) {
            return new Column(key, zh, en, Kind.NUMBER, null, false);
        }

        static Column integer(String key, String zh, String en) {
            return new Column(key, zh, en, Kind.INTEGER, null, false);
        }

        static Column code(String key, String zh, String en, String list) {
            return new Column(key, zh, en, Kind.CODE, list, true);
        }

        static Column suggested(String key, String zh, String en, String list) {
            return new Column(key, zh, en, Kind.TEXT, list, false);
        }

        static Column list(String key, String zh, String en) {
            return new Column(key, zh, en, Kind.LIST, null, false);
        }

        /** A column the service fills for the reader (a title, a unit) and never reads back. */
        static Column info(String key, String zh, String en) {
            return new Column(key, zh, en, Kind.INFO, null, false);
        }
    }

    /** A table of the workbook: its sheet, the profile's list it holds, and its columns. */
    record Table(String sheet, String zh, String en, String pointer, List<Column> columns) {
        int column(String key) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).key().equals(key)) {
                    return i;
                }
            }
            return -1;
        }
    }

    static final String PROFILE = "Profile";
    static final String LISTS = "Lists";
    static final String HELP = "Help";

    /** The profile's own fields, one per row of the Profile sheet: key, label, value, help. */
    static final List<Column> PROFILE_FIELDS = List.of(
            Column.text("id", "标识（小写字母、数字与连字符）", "Id (lower-case letters, digits and hyphens)"),
            Column.text("name/zh", "中文名称", "Name in Chinese"),
            Column.text("name/en", "英文名称", "Name in English"),
            Column.code("kind", "类型", "Kind", "PlaceKind"),
            Column.code("jurisdiction", "法域", "Jurisdiction", "Jurisdiction"),
            Column.suggested("parent", "所属城市（区、园区、平台填写）", "Parent city (districts, zones and platforms)", "Place"),
            Column.integer("year", "年份", "Year"),
            Column.list("specialties", "特色领域代码（逗号分隔）", "Specialty field codes (comma-separated)"),
            Column.text("specialtiesSource", "特色领域来源", "Source of the specialties"),
            Column.text("note", "备注", "Note"));

    /** A figure's columns, the same on the indicator sheet and the asset-figure sheet. */
    private static final List<Column> FIGURE = List.of(
            Column.number("value", "数值", "Value"),
            Column.suggested("unit", "单位", "Unit", "Unit"),
            Column.integer("year", "年份", "Year"),
            Column.text("source", "来源", "Source"),
            Column.text("note", "备注", "Note"),
            Column.number("original/value", "换算前数值", "Value as given"),
            Column.text("original/unit", "换算前单位", "Unit as given"),
            Column.text("original/conversion", "换算方式", "Conversion"));

    static final Table INDICATORS = new Table("Indicators", "指标", "Indicators", "/indicators", figure(
            Column.code("code", "指标代码", "Indicator code", "IndicatorCode"),
            Column.info("title", "指标名称（中 / 英）", "Indicator (zh / en)"),
            Column.info("catalogUnit", "目录单位", "Catalog unit")));

    static final Table ASSETS = new Table("Assets", "载体", "Assets", "/assets", List.of(
            Column.integer("no", "序号", "No."),
            Column.code("type", "类型", "Type", "AssetType"),
            Column.text("name/zh", "中文名称", "Name in Chinese"),
            Column.text("name/en", "英文名称", "Name in English"),
            Column.list("fields", "领域代码（逗号分隔）", "Field codes (comma-separated)"),
            Column.code("lead", "牵头主体", "Lead", "Subject"),
            Column.code("supplyChain", "供应链", "Supply chain", "SupplyChain"),
            Column.code("origin", "来源类型", "Origin", "AssetOrigin"),
            Column.code("status", "状态", "Status", "AssetStatus"),
            Column.integer("since", "始于（年）", "Since (year)"),
            Column.text("source", "来源", "Source"),
            Column.text("note", "备注", "Note")));

    static final Table FIGURES = new Table("AssetFigures", "载体数据", "Asset figures", "figures", figure(
            Column.integer("asset", "载体序号", "Asset no."),
            Column.code("code", "数据代码", "Figure code", "AssetFigureCode"),
            Column.info("title", "名称（中 / 英）", "Figure (zh / en)")));

    private static List<Column> figure(Column... first) {
        List<Column> out = new java.util.ArrayList<>(List.of(first));
        out.addAll(FIGURE);
        return List.copyOf(out);
    }

    static final Table PARTNERS = new Table("Partners", "合作伙伴", "Partners", "partners", List.of(
            Column.integer("asset", "载体序号", "Asset no."),
            Column.text("name/zh", "中文名称", "Name in Chinese"),
            Column.text("name/en", "英文名称", "Name in English"),
            Column.code("jurisdiction", "法域", "Jurisdiction", "Jurisdiction"),
            Column.code("kind", "类型", "Kind", "PartnerKind")));

    static final Table CONSTRAINTS = new Table("Constraints", "申报的约束", "Declared constraints", "/constraints", List.of(
            Column.code("type", "类型", "Type", "ConstraintType"),
            Column.code("flow", "受阻要素（仅跨境流动障碍）", "Flow (flow barriers only)", "Flow"),
            Column.code("field", "领域代码", "Field code", "FieldCode"),
            Column.code("severity", "严重程度", "Severity", "Severity"),
            Column.text("source", "来源", "Source"),
            Column.text("note", "备注", "Note")));

    static final Table CHECKLIST = new Table("Checklist", "核对清单", "Checklist", "/checklist", List.of(
            Column.code("question", "问题代码", "Question", "Question"),
            Column.info("text", "问题（中 / 英）", "Question (zh / en)"),
            Column.code("answer", "回答（是 YES / 否 NO；不知道留空）", "Answer (YES / NO; blank if unknown)", "Answer"),
            Column.text("source", "来源", "Source"),
            Column.text("note", "备注", "Note")));

    static final Table INSTRUMENTS = new Table("Instruments", "已实施的政策工具", "Instruments in force", "/instruments",
            List.of(Column.code("inForce", "是否已实施（YES）", "In force (YES)", "Answer"),
                    Column.code("code", "工具代码", "Instrument code", "InstrumentCode"),
                    Column.info("title", "名称（中 / 英）", "Instrument (zh / en)"),
                    Column.text("name", "本地名称", "Its own name"),
                    Column.integer("since", "实施年份", "In force since"),
                    Column.text("source", "来源", "Source"),
                    Column.text("note", "备注", "Note")));

    static final Table REACH = new Table("Reach", "可及的邻近载体", "Assets within reach", "/reach", List.of(
            Column.suggested("place", "所在地方的标识", "Place id", "Place"),
            Column.text("asset", "载体英文名称", "Asset's name in that profile"),
            Column.number("distanceKm", "距离（公里）", "Distance (km)"),
            Column.text("source", "来源", "Source"),
            Column.text("note", "备注", "Note")));

    static final List<Table> TABLES = List.of(INDICATORS, ASSETS, FIGURES, PARTNERS, CONSTRAINTS, CHECKLIST,
            INSTRUMENTS, REACH);
}
