package org.gba.advisor.ruleset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.vocabulary.Violation;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbers and texts of a rule set that the workbench edits in a form, and their edits. Every number of
 * {@code parameters.yaml} (thresholds, weights, factors, bands, …) and every text in zh, en or a {@code why}
 * of it and of {@code catalog.yaml} is a field, named by its file and JSON Pointer. An edit replaces the value
 * where it stands in the file's text, so every comment, the order and the layout of the file stay as they were
 * and a version's diff shows only what the analyst changed.
 */
public final class RuleSetForm {
    /** The files whose fields the form edits. */
    static final List<String> FILES = List.of(RuleBaseLoader.PARAMETERS, RuleBaseLoader.CATALOG);
    private static final Set<String> TEXT_KEYS = Set.of("why", "zh", "en");
    /** Nested maps whose fields belong to the entry that holds them (a rule's reason, a threshold's values by kind). */
    private static final Set<String> FOLDED = Set.of("reason", "byKind");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RuleSetForm() {
    }

    /** A field's kind: a number or a text. */
    public enum Type { NUMBER, TEXT }

    /** One value the form edits. */
    @Schema(name = "RuleSetField")
    public record Field(@Schema(example = "/thresholds/basic-research-share.low/value") String pointer,
                        @Schema(example = "value") String name, Type type,
                        @Schema(description = "The value as it is in the version", example = "10") JsonNode value) {
    }

    /**
     * The fields of one mapping of a file, with the texts that say why beside its numbers: a threshold, a rule's
     * entry, a band, the factors of a group.
     */
    @Schema(name = "RuleSetFormEntry")
    public record Entry(@Schema(example = "parameters.yaml") String file,
                        @Schema(description = "The top-level part of the file", example = "thresholds") String group,
                        @Schema(example = "/thresholds/basic-research-share.low") String pointer,
                        @Schema(example = "basic-research-share.low") String label, List<Field> fields) {
    }

    /** One change of the form: the value at {@code pointer} of {@code file} becomes {@code value}. */
    @Schema(name = "RuleSetEdit")
    public record Edit(@Schema(allowableValues = {"parameters.yaml", "catalog.yaml"}, example = "parameters.yaml")
                       String file,
                       @Schema(example = "/thresholds/basic-research-share.low/value") String pointer,
                       @Schema(description = "A number for a NUMBER field, a text for a TEXT field", example = "12")
                       JsonNode value) {
    }

    /** The form of a version's files. */
    public static List<Entry> entries(Map<String, byte[]> files) {
        List<Entry> out = new ArrayList<>();
        for (String file : FILES) {
            byte[] bytes = files.get(file);
            if (bytes == null) {
                continue;
            }
            Node root = compose(new String(bytes, StandardCharsets.UTF_8), file);
            walk(file, root, "", null, out);
        }
        return out;
    }

    private static void walk(String file, Node node, String pointer, String group, List<Entry> out) {
        if (node instanceof MappingNode map) {
            List<Field> fields = new ArrayList<>();
            collect(map, pointer, "", fields);
            if (!fields.isEmpty()) {
                String label = pointer.isEmpty() ? file : unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
                out.add(new Entry(file, group == null ? "(top)" : group, pointer, label, List.copyOf(fields)));
            }
            for (NodeTuple t : map.getValue()) {
                String key = key(t);
                if (!FOLDED.contains(key) && !(t.getValueNode() instanceof ScalarNode)) {
                    walk(file, t.getValueNode(), pointer + "/" + escape(key), group == null ? key : group, out);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                walk(file, seq.getValue().get(i), pointer + "/" + i, group, out);
            }
        }
    }

    private static void collect(MappingNode map, String pointer, String prefix, List<Field> fields) {
        for (NodeTuple t : map.getValue()) {
            String key = key(t);
            String at = pointer + "/" + escape(key);
            if (t.getValueNode() instanceof ScalarNode s) {
                Type type = type(key, s);
                if (type != null) {
                    fields.add(new Field(at, prefix + key, type, value(s, type)));
                }
            } else if (FOLDED.contains(key) && t.getValueNode() instanceof MappingNode inner) {
                collect(inner, at, prefix + key + ".", fields);
            }
        }
    }

    private static Type type(String key, ScalarNode s) {
        if (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT)) {
            return Type.NUMBER;
        }
        return s.getTag().equals(Tag.STR) && TEXT_KEYS.contains(key) ? Type.TEXT : null;
    }

    private static JsonNode value(ScalarNode s, Type type) {
        return type == Type.NUMBER ? JSON.getNodeFactory().numberNode(new BigDecimal(s.getValue()))
                : JSON.getNodeFactory().stringNode(s.getValue());
    }

    /**
     * The files with the edits made, each replacing one value in its file's text. Every edit must name a field of
     * the form and give it a value of its type; otherwise the violations name the edits at fault, by
     * {@code /edits/i}, and nothing is changed.
     */
    public static Map<String, byte[]> apply(Map<String, byte[]> files, List<Edit> edits) {
        List<Violation> problems = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<Replacement>> byFile = new TreeMap<>();
        for (int i = 0; i < edits.size(); i++) {
            Edit e = edits.get(i);
            String at = "/edits/" + i;
            if (e == null || e.file() == null || !FILES.contains(e.file())) {
                problems.add(new Violation(at + "/file", "must be one of " + FILES));
                continue;
            }
            if (!files.containsKey(e.file())) {
                problems.add(new Violation(at + "/file", "the version has no " + e.file()));
                continue;
            }
            String text = texts.computeIfAbsent(e.file(), f -> new String(files.get(f), StandardCharsets.UTF_8));
            ScalarNode node = e.pointer() == null ? null : find(compose(text, e.file()), e.pointer());
            String key = e.pointer() == null ? "" : unescape(e.pointer().substring(e.pointer().lastIndexOf('/') + 1));
            Type type = node == null ? null : type(key, node);
            if (type == null) {
                problems.add(new Violation(at + "/pointer", "is not a number or text of the form in " + e.file()));
                continue;
            }
            String written = written(e.value(), type);
            if (written == null) {
                problems.add(new Violation(at + "/value", type == Type.NUMBER ? "must be a finite number"
                        : "must be a text of 1 to 2000 characters"));
                continue;
            }
            if (byFile.getOrDefault(e.file(), List.of()).stream().anyMatch(r -> r.pointer().equals(e.pointer()))) {
                problems.add(new Violation(at + "/pointer", "is edited twice"));
                continue;
            }
            byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(new Replacement(e.pointer(),
                    offset(text, node.getStartMark().orElseThrow().getIndex()),
                    end(text, offset(text, node.getEndMark().orElseThrow().getIndex())), written));
        }
        if (!problems.isEmpty()) {
            throw new org.gba.advisor.http.InvalidRequestException(problems);
        }
        Map<String, byte[]> out = new TreeMap<>(files);
        byFile.forEach((file, replacements) -> {
            StringBuilder text = new StringBuilder(texts.get(file));
            replacements.stream().sorted((a, b) -> Integer.compare(b.start(), a.start()))
                    .forEach(r -> text.replace(r.start(), r.end(), r.text()));
            out.put(file, text.toString().getBytes(StandardCharsets.UTF_8));
        });
        return out;
    }

    private record Replacement(String pointer, int start, int end, String text) {
    }

    /** Where a node ends in the text: before the line breaks a block scalar takes in. */
    private static int end(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** snakeyaml counts code points; Java strings count UTF-16 units. */
    private static int offset(String text, int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }

    private static String written(JsonNode value, Type type) {
        if (value == null) {
            return null;
        }
        if (type == Type.NUMBER) {
            if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
                return null;
            }
            BigDecimal d = value.decimalValue().stripTrailingZeros();
            String plain = d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
            return plain;
        }
        if (!value.isString() || value.asString().isBlank() || value.asString().length() > 2000) {
            return null;
        }
        // A JSON string is a YAML double-quoted scalar: one line whatever it holds, in a block or a flow mapping.
        return JSON.writeValueAsString(value.asString());
    }

    private static ScalarNode find(Node root, String pointer) {
        if (!pointer.startsWith("/")) {
            return null;
        }
        Node node = root;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String part = unescape(raw);
            if (node instanceof MappingNode map) {
                node = map.getValue().stream().filter(t -> key(t).equals(part)).map(NodeTuple::getValueNode)
                        .findFirst().orElse(null);
            } else if (node instanceof SequenceNode seq && part.matches("\\d{1,4}")
                    && Integer.parseInt(part) < seq.getValue().size()) {
                node = seq.getValue().get(Integer.parseInt(part));
            } else {
                return null;
            }
        }
        return node instanceof ScalarNode s ? s : null;
    }

    private static Node compose(String text, String file) {
        try {
            return new Compose(LoadSettings.builder().setLabel(file).build()).composeString(text)
                    .orElseThrow(() -> new YamlEngineException(file + " is empty"));
        } catch (YamlEngineException e) {
            throw new org.gba.advisor.http.InvalidRequestException(List.of(new Violation("/files/" + file, e.getMessage())));
        }
    }

    private static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    static String unescape(String part) {
        return part.replace("~1", "/").replace("~0", "~");
    }
}
