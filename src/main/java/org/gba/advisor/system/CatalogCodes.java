package org.gba.advisor.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.ConstraintType;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Question;
import org.gba.advisor.vocabulary.Text;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Puts the catalog's codes into the document as enums with their zh/en titles, so that a generated client and
 * Swagger UI know them: indicator, asset-figure, field and instrument codes as named schemas (an indicator and an
 * asset figure each get their own figure schema), and the titles of the asset types, constraint types, flows and
 * questions beside the enums the records already give. The codes are those of the rules in service when the document
 * is first built (springdoc caches it: building it afresh per request is not safe under concurrent requests), so a
 * reload that adds a code shows in the document after a restart.
 */
final class CatalogCodes implements OpenApiCustomizer {
    static final String X_DESCRIPTIONS = "x-enum-descriptions";
    private static final String REF = "#/components/schemas/";
    private final Supplier<Catalog> catalog;

    CatalogCodes(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Catalog c = catalog.get();
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Map<String, Text> indicators = new LinkedHashMap<>();
        c.indicators().forEach((k, v) -> indicators.put(k, v.title()));
        Map<String, Text> figures = new LinkedHashMap<>();
        c.assetFigures().forEach((k, v) -> figures.put(k, v.title()));
        Map<String, Text> instruments = new LinkedHashMap<>();
        c.instruments().forEach((k, v) -> instruments.put(k, v.title()));
        schemas.put("IndicatorCode", codes("An indicator code of the catalog (GET /api/v1/catalog), with its unit",
                indicators, c.indicators().entrySet().stream().collect(LinkedHashMap::new,
                        (m, e) -> m.put(e.getKey(), e.getValue().unit()), Map::putAll)));
        schemas.put("AssetFigureCode", codes("An asset-figure code of the catalog, with its unit", figures,
                c.assetFigures().entrySet().stream().collect(LinkedHashMap::new,
                        (m, e) -> m.put(e.getKey(), e.getValue().unit()), Map::putAll)));
        schemas.put("FieldCode", codes("A field code of the catalog", c.fieldTitles(), Map.of()));
        schemas.put("InstrumentCode", codes("A policy-instrument code of the catalog", instruments, Map.of()));

        Schema<?> figure = schemas.get("Figure");
        if (figure != null && figure.getProperties() != null) {
            schemas.put("IndicatorFigure", figureFor(figure, "IndicatorCode", "An indicator of the place: "
                    + "a figure with its unit, year and source", "gerd-gdp", "%"));
            schemas.put("AssetFigure", figureFor(figure, "AssetFigureCode", "A figure of an asset, with its unit, "
                    + "year and source", "joint-projects", "count"));
        }
        items(schemas, "Profile", "indicators", "IndicatorFigure");
        items(schemas, "Profile", "specialties", "FieldCode");
        items(schemas, "ProfileAsset", "figures", "AssetFigure");
        items(schemas, "ProfileAsset", "fields", "FieldCode");
        property(schemas, "ProfileConstraint", "field", "FieldCode");
        property(schemas, "InstrumentInForce", "code", "InstrumentCode");

        Map<List<String>, Map<String, Text>> enums = new LinkedHashMap<>();
        enums.put(names(AssetType.values()), titles(c.assetTypes()));
        enums.put(names(ConstraintType.values()), titles(c.constraintTypes()));
        enums.put(names(Flow.values()), c.flows());
        Map<String, Text> questions = new LinkedHashMap<>();
        c.questions().forEach((q, e) -> questions.put(q.name(), e.text()));
        enums.put(names(Question.values()), questions);
        schemas.values().forEach(s -> describeEnums(s, enums));
        // the figure schema itself stays only where something still refers to it (an unused one is noise)
        if (!io.swagger.v3.core.util.Json.pretty(api).contains("\"" + REF + "Figure\"")) {
            schemas.remove("Figure");
        }
    }

    private static Schema<String> codes(String description, Map<String, Text> titles, Map<String, String> units) {
        Schema<String> s = new Schema<String>().type("string");
        List<String> values = new ArrayList<>(titles.keySet());
        s.setEnum(values);
        s.setExample(values.isEmpty() ? null : values.get(0));
        s.setDescription(description + ":\n\n" + list(titles, units));
        s.addExtension(X_DESCRIPTIONS, values.stream().map(v -> both(titles.get(v))
                + (units.containsKey(v) ? " [" + units.get(v) + "]" : "")).toList());
        return s;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> figureFor(Schema<?> figure, String code, String description, String example,
                                       String unit) {
        Schema<Object> copy = new Schema<>();
        copy.setType(figure.getType());
        copy.setDescription(description);
        copy.setRequired(figure.getRequired());
        copy.setAdditionalProperties(figure.getAdditionalProperties());
        Map<String, Schema> properties = new LinkedHashMap<>(figure.getProperties());
        properties.put("code", new Schema<>().$ref(REF + code));
        copy.setProperties(properties);
        if (figure.getExample() instanceof Map<?, ?> e) {
            Map<String, Object> ex = new LinkedHashMap<>((Map<String, Object>) e);
            ex.put("code", example);
            ex.put("unit", unit);
            copy.setExample(ex);
        }
        return copy;
    }

    private static void items(Map<String, Schema> schemas, String schema, String property, String target) {
        Schema<?> s = schemas.get(schema);
        if (s != null && s.getProperties() != null && s.getProperties().get(property) instanceof Schema<?> p
                && p.getItems() != null) {
            p.setItems(new Schema<>().$ref(REF + target));
        }
    }

    private static void property(Map<String, Schema> schemas, String schema, String property, String target) {
        Schema<?> s = schemas.get(schema);
        if (s != null && s.getProperties() != null && s.getProperties().containsKey(property)) {
            s.getProperties().put(property, new Schema<>().$ref(REF + target));
        }
    }

    @SuppressWarnings("unchecked")
    private static void describeEnums(Schema<?> s, Map<List<String>, Map<String, Text>> enums) {
        if (s == null) {
            return;
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            List<String> values = s.getEnum().stream().map(String::valueOf).toList();
            Map<String, Text> titles = enums.get(values);
            if (titles != null && (s.getExtensions() == null || !s.getExtensions().containsKey(X_DESCRIPTIONS))) {
                s.addExtension(X_DESCRIPTIONS, values.stream().map(v -> both(titles.get(v))).toList());
                String lead = s.getDescription() == null ? "" : s.getDescription() + "\n\n";
                s.setDescription(lead + list(titles, Map.of()));
            }
        }
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> describeEnums((Schema<?>) p, enums));
        }
        if (s instanceof ArraySchema || s.getItems() != null) {
            describeEnums(s.getItems(), enums);
        }
    }

    private static String list(Map<String, Text> titles, Map<String, String> units) {
        StringBuilder out = new StringBuilder();
        titles.forEach((k, v) -> out.append("- `").append(k).append("`: ").append(both(v))
                .append(units.containsKey(k) ? " [" + units.get(k) + "]" : "").append('\n'));
        return out.toString().strip();
    }

    private static String both(Text t) {
        return t == null ? "" : Objects.toString(t.zh(), "") + " / " + Objects.toString(t.en(), "");
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private static Map<String, Text> titles(Map<String, Catalog.Entry> entries) {
        Map<String, Text> out = new LinkedHashMap<>();
        entries.forEach((k, v) -> out.put(k, v.title()));
        return out;
    }
}
