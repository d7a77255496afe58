package org.gba.advisor.vocabulary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How profiles are read and advice is written, the same in the service and in tests: an unknown field is
 * an error (a typo must not silently become "absent"), a string is not taken for a number, a duplicate
 * key is an error, and properties keep their declared order.
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
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL));
    }
}
