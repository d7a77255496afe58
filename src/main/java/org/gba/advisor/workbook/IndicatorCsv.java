package org.gba.advisor.workbook;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Figure;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The indicator sheet alone as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese titles): the
 * columns of the workbook's Indicators sheet, named by their fields in the header row.
 */
final class IndicatorCsv {
    static final String MEDIA_TYPE = "text/csv";
    private static final CsvMapper CSV = new CsvMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String BOM = "\uFEFF";

    private IndicatorCsv() {
    }

    /** The indicators of a profile, then every other catalog indicator with its value left blank. */
    static byte[] write(List<Figure> indicators, Catalog catalog) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        Sheets.INDICATORS.columns().forEach(c -> schema.addColumn(c.key()));
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> given = new LinkedHashSet<>();
        for (Figure f : indicators) {
            Map<String, Object> row = row(f.code(), catalog);
            row.put("value", f.value());
            row.put("unit", f.unit());
            row.put("year", f.year());
            row.put("source", f.source());
            row.put("note", f.note());
            if (f.original() != null) {
                row.put("original/value", f.original().value());
                row.put("original/unit", f.original().unit());
                row.put("original/conversion", f.original().conversion());
            }
            rows.add(row);
            given.add(f.code());
        }
        catalog.indicators().keySet().stream().filter(c -> !given.contains(c)).forEach(c -> rows.add(row(c, catalog)));
        StringWriter out = new StringWriter();
        out.write(BOM);
        CSV.writer(schema.build()).writeValue(out, rows);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> row(String code, Catalog catalog) {
        Map<String, Object> row = new LinkedHashMap<>();
        Sheets.INDICATORS.columns().forEach(c -> row.put(c.key(), null));
        row.put("code", code);
        Catalog.IndicatorEntry e = catalog.indicators().get(code);
        if (e != null) {
            row.put("title", e.title().zh() + " / " + e.title().en());
            row.put("catalogUnit", e.unit());
        }
        return row;
    }

    /** The CSV's indicators as a JSON array, and for each pointer under /indicators the cell it came from. */
    static ProfileWorkbook.Parsed read(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        ObjectNode tree = NODES.objectNode();
        ArrayNode items = NODES.arrayNode();
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> header;
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class)
                .with(CsvSchema.emptySchema()).with(tools.jackson.dataformat.csv.CsvReadFeature.WRAP_AS_ARRAY)
                .readValues(text)) {
            if (!it.hasNext()) {
                throw new WorkbookException("The CSV is empty: its first row names the columns (code, value, unit, "
                        + "year, source …), as GET /api/v1/workbook/indicators.csv gives them.");
            }
            header = it.next().stream().map(String::trim).toList();
            if (!header.contains("code") || !header.contains("value")) {
                throw new WorkbookException("The CSV's first row must name its columns, among them 'code' and "
                        + "'value'; it names " + header + ".");
            }
            int line = 1;
            while (it.hasNext()) {
                List<String> cellsOfRow = it.next();
                line++;
                ObjectNode item = NODES.objectNode();
                for (int i = 0; i < header.size() && i < cellsOfRow.size(); i++) {
                    int col = Sheets.INDICATORS.column(header.get(i));
                    String raw = cellsOfRow.get(i);
                    if (col < 0 || raw == null || raw.isBlank()
                            || Sheets.INDICATORS.columns().get(col).kind() == Sheets.Kind.INFO) {
                        continue;
                    }
                    set(item, header.get(i), value(raw, Sheets.INDICATORS.columns().get(col).kind()));
                }
                if (!item.has("value") && !item.has("source")) {
                    continue;
                }
                String at = "/indicators/" + items.size();
                cells.put(at, "indicators.csv!" + line);
                for (int i = 0; i < header.size(); i++) {
                    cells.put(at + "/" + header.get(i), "indicators.csv!" + CellReference.convertNumToColString(i) + line);
                }
                items.add(item);
            }
        } catch (JacksonException e) {
            throw new WorkbookException("The body is not CSV that can be read: " + e.getOriginalMessage());
        }
        tree.set("indicators", items);
        return new ProfileWorkbook.Parsed(tree, cells, List.of());
    }

    private static JsonNode value(String raw, Sheets.Kind kind) {
        String t = raw.trim();
        if (kind == Sheets.Kind.NUMBER || kind == Sheets.Kind.INTEGER) {
            try {
                double d = Double.parseDouble(t.replace(",", ""));
                return kind == Sheets.Kind.INTEGER && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE
                        ? NODES.numberNode((int) d) : NODES.numberNode(d);
            } catch (NumberFormatException e) {
                return NODES.stringNode(t);
            }
        }
        return NODES.stringNode(kind == Sheets.Kind.CODE ? t : raw);
    }

    private static void set(ObjectNode node, String key, JsonNode value) {
        String[] parts = key.split("/");
        ObjectNode at = node;
        for (int i = 0; i < parts.length - 1; i++) {
            at = at.has(parts[i]) ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
        }
        at.set(parts[parts.length - 1], value);
    }
}
