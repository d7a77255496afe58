package org.gba.advisor.vocabulary;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the form of a profile read as a JSON tree against its records (every field's JSON type, every enum, every
 * unknown field) and reports every error with its JSON Pointer, where Jackson's binding would stop at the first. It
 * also gives the tree without the fields at fault (an array keeps its length, a bad item becoming null), so that the
 * rest can be bound and its content checked in the same answer.
 */
public final class ProfileForm {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A record's fields by name, in order, with their types: reflection once per class, not per object read. */
    private static final ClassValue<Map<String, Type>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> type) {
            Map<String, Type> fields = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                fields.put(c.getName(), c.getGenericType());
            }
            return java.util.Collections.unmodifiableMap(fields);
        }
    };
    /** An enum's constants as written. */
    private static final ClassValue<List<String>> CONSTANTS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
    };

    private ProfileForm() {
    }

    /** The errors of form, and the tree with the fields at fault left out. */
    public record Checked(List<Violation> violations, JsonNode cleaned) {
    }

    public static Checked check(JsonNode tree) {
        List<Violation> out = new ArrayList<>();
        JsonNode cleaned = walk(tree, Profile.class, "", out);
        return new Checked(List.copyOf(out), cleaned == null ? NODES.objectNode() : cleaned);
    }

    /** The node as it may be bound to {@code type}, or null (with an error) where it may not. */
    private static JsonNode walk(JsonNode node, Type type, String at, List<Violation> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return node;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return node.isString() ? node : wrong(at, "a string", node, out);
        }
        if (raw == Double.class || raw == double.class) {
            return node.isNumber() ? node : wrong(at, "a number", node, out);
        }
        if (raw == Integer.class || raw == int.class) {
            return node.isIntegralNumber() && node.canConvertToInt() ? node : wrong(at, "a whole number", node, out);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return node.isBoolean() ? node : wrong(at, "true or false", node, out);
        }
        if (raw.isEnum()) {
            return enumValue(node, raw, at, out);
        }
        if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                return wrong(at, "an array", node, out);
            }
            Type item = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            ArrayNode items = NODES.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                JsonNode good = walk(node.get(i), item, at + "/" + i, out);
                items.add(good == null ? NODES.nullNode() : good);
            }
            return items;
        }
        if (raw == LocalizedName.class && node.isString()) {
            // a name given once stands for both languages (profiles stored before names were bilingual)
            return node;
        }
        if (raw.isRecord()) {
            if (!node.isObject()) {
                return wrong(at, "an object", node, out);
            }
            Map<String, Type> components = FIELDS.get(raw);
            ObjectNode fields = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String here = at + "/" + escape(e.getKey());
                Type c = components.get(e.getKey());
                if (c == null) {
                    out.add(new Violation(here, "unknown field '" + e.getKey() + "'"
                            + Suggestions.hint(e.getKey(), components.keySet()) + "; known fields here: "
                            + String.join(", ", components.keySet())));
                    continue;
                }
                JsonNode good = walk(e.getValue(), c, here, out);
                if (good != null) {
                    fields.set(e.getKey(), good);
                }
            }
            return fields;
        }
        return node;
    }

    private static JsonNode enumValue(JsonNode node, Class<?> type, String at, List<Violation> out) {
        List<String> names = CONSTANTS.get(type);
        if (!node.isString()) {
            return wrong(at, "one of: " + String.join(", ", names), node, out);
        }
        if (names.contains(node.asString())) {
            return node;
        }
        out.add(new Violation(at, "'" + node.asString() + "' is not one of: " + String.join(", ", names)
                + Suggestions.hint(node.asString(), names)));
        return null;
    }

    private static JsonNode wrong(String at, String expected, JsonNode node, List<Violation> out) {
        out.add(new Violation(at, "expected " + expected + ", not " + describe(node)));
        return null;
    }

    private static String describe(JsonNode node) {
        if (node.isString()) {
            String s = node.asString();
            return "the string '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
        }
        if (node.isNumber()) {
            return "the number " + node.asString();
        }
        if (node.isBoolean()) {
            return node.asString();
        }
        return node.isArray() ? "an array" : "an object";
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name; // every field name of a profile: nothing to escape
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}
