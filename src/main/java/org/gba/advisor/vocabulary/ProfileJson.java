package org.gba.advisor.vocabulary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * How profiles are read and advice is written, the same in the service and in tests: an unknown field is
 * an error (a typo must not silently become "absent"), nothing is coerced (a string is not taken for a
 * number, a number not for a string, 2022.5 not for the whole number 2022), a duplicate key is an error, and
 * properties keep their declared order.
 */
public final class ProfileJson {
    /** Binds a profile's tree once its form is checked: strict, without the profile reader itself. */
    static final JsonMapper BINDER = strict(JsonMapper.builder()).build();
    public static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    private ProfileJson() {
    }

    /** The JSON Pointer of the field Jackson was reading when it failed, e.g. /indicators/0/value. */
    public static String pointer(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append('/').append(ref.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                out.append('/').append(ref.getIndex());
            }
        }
        return out.toString();
    }

    /** Strict reading, and profiles read with every error of form reported at once. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return configure(builder, null, null);
    }

    /**
     * As {@link #configure(JsonMapper.Builder)}, and with the rules' catalog: figures in a unit a person uses are
     * converted to the catalog's, and a profile with errors of form has its content checked in the same answer.
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder, Supplier<Catalog> catalog,
                                               ProfileValidator validator) {
        return strict(builder).addModule(new SimpleModule("profile-reader")
                .addDeserializer(Profile.class, new ProfileDeserializer(catalog, validator)));
    }

    private static JsonMapper.Builder strict(JsonMapper.Builder builder) {
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new BlackbirdModule())
                .addModule(new SimpleModule("plain-text").addDeserializer(String.class, new PlainText()))
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL));
    }

    /**
     * Every string read is plain text: a control character (NUL and the rest of C0 but tab, line feed and
     * carriage return, and DEL) is an error at its pointer. PostgreSQL refuses NUL in text outright, and no
     * name, note or label needs any of them.
     */
    static final class PlainText extends StringDeserializer {
        static final String MESSAGE = "control characters (such as NUL) are not allowed in text";

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String s = super.deserialize(p, ctxt);
            if (s != null) {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                        throw InvalidFormatException.from(p, MESSAGE, s, String.class);
                    }
                }
            }
            return s;
        }
    }

    /** Jackson's message in plain words, without Java class names: what the field expected. */
    public static String plainMessage(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            StringJoiner known = new StringJoiner(", ");
            u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            return "unknown field '" + u.getPropertyName() + "'; known fields here: " + known;
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "'" + shorten(String.valueOf(f.getValue())) + "' is not one of: " + constants(f.getTargetType());
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() == String.class
                && PlainText.MESSAGE.equals(f.getOriginalMessage())) {
            return PlainText.MESSAGE;
        }
        if (e instanceof InputCoercionException c) {
            return c.getTargetType() == Integer.TYPE || c.getTargetType() == Integer.class
                    ? "expected a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                    : "the number is out of range for this field";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + describe(m.getTargetType());
        }
        return "the value has the wrong form";
    }

    private static String describe(Class<?> type) {
        Map<Class<?>, String> names = Map.of(Double.class, "a number", double.class, "a number",
                Integer.class, "a whole number", int.class, "a whole number", String.class, "a string",
                Boolean.class, "true or false", boolean.class, "true or false", List.class, "an array");
        if (type.isEnum()) {
            return "one of: " + constants(type);
        }
        return names.getOrDefault(type, Collection.class.isAssignableFrom(type) ? "an array" : "an object");
    }

    private static String constants(Class<?> type) {
        StringJoiner allowed = new StringJoiner(", ");
        for (Object c : type.getEnumConstants()) {
            allowed.add(c.toString());
        }
        return allowed.toString();
    }

    private static String shorten(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }
}
