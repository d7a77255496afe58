package org.gba.advisor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.gba.advisor.advice.Advice;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.ConstraintType;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.PartnerKind;
import org.gba.advisor.vocabulary.PlaceKind;
import org.gba.advisor.vocabulary.Severity;
import org.gba.advisor.vocabulary.Subject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * jqwik generators for fuzzing: the fixtures' JSON with a few mutations (a field dropped, a value replaced by
 * an odd one, an enum swapped, an element duplicated, an unknown field added), random JSON, and the check
 * every advice must pass. Mutations are plain values, so jqwik can shrink a failure to the fewest of them.
 */
public final class Mutations {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> FIXTURES = readFixtures();
    private static final List<String> ENUM_NAMES = Stream.of(PlaceKind.class, Jurisdiction.class, AssetType.class,
                    ConstraintType.class, Flow.class, Severity.class, Subject.class, PartnerKind.class)
            .flatMap(e -> Arrays.stream(e.getEnumConstants()).map(c -> ((Enum<?>) c).name())).toList();

    private Mutations() {
    }

    /** What to do at one place of the JSON tree. */
    public enum Op { REMOVE, REPLACE, SWAP_ENUM, DUPLICATE, ADD_UNKNOWN }

    /** One mutation: the operation, which node (modulo the number of nodes) and the value it may use. */
    public record Mutation(Op op, int target, Object value) {
    }

    public static Arbitrary<String> fixtureJson() {
        return Arbitraries.of(FIXTURES);
    }

    public static Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, 100_000), oddValue())
                .as(Mutation::new);
    }

    /** Values that are valid somewhere and wrong elsewhere: bounds, extremes, wrong types, enum names. */
    public static Arbitrary<Object> oddValue() {
        return Arbitraries.oneOf(
                Arbitraries.of(0.0, -1.0, 100.0, 100.5, 1e308, -1e308, 1e-300, 0.5, 3.0, 25.0, 2022.0),
                Arbitraries.doubles().between(-1e6, 1e6).map(d -> (Object) d),
                Arbitraries.integers().between(-10, 100_000).map(i -> (Object) i),
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.of(ENUM_NAMES).map(s -> (Object) s),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just("null-node"),
                Arbitraries.just("empty-array"),
                Arbitraries.just("empty-object"));
    }

    /** The fixture with the mutations applied in order. */
    public static String apply(String json, List<Mutation> mutations) {
        JsonNode root = JSON.readTree(json);
        for (Mutation m : mutations) {
            root = apply(root, m);
        }
        return JSON.writeValueAsString(root);
    }

    private record Slot(JsonNode parent, String field, int index) {
    }

    private static JsonNode apply(JsonNode root, Mutation m) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return root;
        }
        Slot s = slots.get(m.target() % slots.size());
        JsonNode current = s.field() != null ? s.parent().get(s.field()) : s.parent().get(s.index());
        switch (m.op()) {
            case REMOVE -> {
                if (s.parent() instanceof ObjectNode o) {
                    o.remove(s.field());
                } else {
                    ((ArrayNode) s.parent()).remove(s.index());
                }
            }
            case REPLACE -> set(s, node(m.value()));
            case SWAP_ENUM -> {
                if (current.isString()) {
                    set(s, JsonNodeFactory.instance.stringNode(ENUM_NAMES.get(m.target() % ENUM_NAMES.size())));
                }
            }
            case DUPLICATE -> {
                if (s.parent() instanceof ArrayNode a) {
                    a.add(current.deepCopy());
                }
            }
            case ADD_UNKNOWN -> {
                if (current instanceof ObjectNode o) {
                    o.set("x" + m.target(), node(m.value()));
                }
            }
        }
        return root;
    }

    private static void set(Slot s, JsonNode value) {
        if (s.parent() instanceof ObjectNode o) {
            o.set(s.field(), value);
        } else {
            ((ArrayNode) s.parent()).set(s.index(), value);
        }
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode o) {
            for (String name : List.copyOf(o.propertyNames())) {
                out.add(new Slot(o, name, -1));
                collect(o.get(name), out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i));
                collect(a.get(i), out);
            }
        }
    }

    private static JsonNode node(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value instanceof Double d) {
            return f.numberNode(d);
        }
        if (value instanceof Integer i) {
            return f.numberNode(i);
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        return switch (String.valueOf(value)) {
            case "null-node" -> f.nullNode();
            case "empty-array" -> f.arrayNode();
            case "empty-object" -> f.objectNode();
            default -> f.stringNode(String.valueOf(value));
        };
    }

    /** Random JSON text: any value, nested a few levels, sometimes cut short. */
    public static Arbitrary<String> randomJson() {
        Arbitrary<String> json = Arbitraries.recursive(Mutations::scalarJson, Mutations::containerJson, 0, 4);
        return Arbitraries.oneOf(json, json.map(s -> s.substring(0, s.length() / 2)),
                Arbitraries.strings().withChars("{}[]\":,0123456789.eE-+ tnrufals\\").ofMaxLength(60));
    }

    private static Arbitrary<String> scalarJson() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-0", "1e999", "-1e999", "1.5", "NaN", "\"\""),
                Arbitraries.strings().ofMaxLength(10).map(s -> JSON.writeValueAsString(s)),
                Arbitraries.of(ENUM_NAMES).map(s -> "\"" + s + "\""));
    }

    private static Arbitrary<String> containerJson(Arbitrary<String> inner) {
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.of("id", "name", "kind", "jurisdiction", "year", "indicators", "assets", "constraints",
                        "code", "value", "unit", "type", "zh", "en", "fields", "specialties", "source"),
                Arbitraries.strings().alpha().ofMaxLength(6));
        Arbitrary<String> member = Combinators.combine(key, inner).as((k, v) -> "\"" + k + "\":" + v);
        return Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"),
                member.list().ofMaxSize(6).map(l -> "{" + String.join(",", l) + "}"));
    }

    /** Every score is the plain sum of its {@code because} points. */
    public static boolean scoresAreTheirReasons(Advice a) {
        return a.models().stream().allMatch(m -> m.score() == sum(m.because()))
                && a.recommendations().stream().allMatch(r -> r.score() == sum(r.because()))
                && a.constraints().stream().allMatch(c -> c.severity() == sum(c.because()));
    }

    /** The same over the advice's JSON. */
    public static boolean scoresAreTheirReasons(JsonNode advice) {
        for (String list : List.of("models", "recommendations", "constraints")) {
            for (JsonNode item : advice.get(list)) {
                double points = 0;
                for (JsonNode reason : item.get("because")) {
                    points += reason.get("points").asDouble();
                }
                double score = item.has("score") ? item.get("score").asDouble() : item.get("severity").asDouble();
                if (score != points) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double sum(List<Advice.Reason> reasons) {
        return reasons.stream().mapToDouble(Advice.Reason::points).sum();
    }

    private static List<String> readFixtures() {
        try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
            return files.map(Path::toString).filter(n -> n.endsWith(".json") && !n.endsWith(".expect.json")).sorted()
                    .map(n -> {
                        try {
                            return Files.readString(Path.of(n));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
