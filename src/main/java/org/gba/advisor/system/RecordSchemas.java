package org.gba.advisor.system;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Makes a record's schema say what its annotations say where swagger-core does not. As strict as its bean
 * validation: Bean Validation's {@code @Pattern} matches the whole value, so its pattern is anchored
 * ({@code ^…$}; an OpenAPI pattern matches anywhere); {@code @NotBlank} is at least one character that is not
 * white space; {@code @NotEmpty} at least one item (swagger-core writes {@code @Size}'s minimum of 0 over the last
 * two). A {@link JsonNode} or {@code Object} component is any JSON value, or what its {@code @ArraySchema} or {@code @Schema(type)}
 * says (e.g. a JSON Patch as an array of operations); {@code @ArraySchema(schema = @Schema(nullable = true))}
 * makes the items nullable.
 */
final class RecordSchemas implements ModelConverter {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(io.swagger.v3.core.converter.AnnotatedType type, ModelConverterContext context,
                          Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        if (resolved == null || type.getType() == null) {
            return resolved;
        }
        JavaType javaType = type.getType() instanceof JavaType j ? j : Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema<?> model = resolved;
        if (resolved.get$ref() != null) {
            String ref = resolved.get$ref();
            model = context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (model != null && model.getProperties() != null) {
            for (RecordComponent component : raw.getRecordComponents()) {
                Schema<?> property = model.getProperties().get(component.getName());
                if (JsonNode.class.isAssignableFrom(component.getType()) || component.getType() == Object.class) {
                    model.getProperties().put(component.getName(), jsonValue(component, property, context));
                } else if (property != null && property.get$ref() == null) {
                    tighten(raw, component, property);
                }
            }
        }
        return resolved;
    }

    private static Schema<?> jsonValue(RecordComponent component, Schema<?> generated, ModelConverterContext context) {
        String description = generated == null ? null : generated.getDescription();
        ArraySchema array = annotation(component, ArraySchema.class);
        io.swagger.v3.oas.annotations.media.Schema declared = annotation(component, io.swagger.v3.oas.annotations.media.Schema.class);
        if (array != null && array.schema().implementation() != Void.class) {
            Schema<?> items = context.resolve(new io.swagger.v3.core.converter.AnnotatedType(array.schema().implementation()));
            if (items != null && items.getName() != null) {
                items = new Schema<>().$ref("#/components/schemas/" + items.getName());
            }
            String arrayDescription = array.arraySchema().description();
            return new io.swagger.v3.oas.models.media.ArraySchema().items(items)
                    .description(arrayDescription.isEmpty() ? description : arrayDescription);
        }
        Schema<Object> any = new Schema<>();
        if (declared != null && !declared.type().isEmpty()) {
            any.setType(declared.type());
            if (declared.additionalProperties() == io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue.TRUE) {
                any.setAdditionalProperties(true);
            }
        }
        any.setDescription(declared != null && !declared.description().isEmpty() ? declared.description()
                : description != null ? description : "Any JSON value");
        if (declared != null && !declared.example().isEmpty()) {
            try {
                any.setExample(Json.mapper().readTree(declared.example()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                any.setExample(declared.example());
            }
        }
        return any;
    }

    private static <A extends Annotation> A annotation(RecordComponent component, Class<A> type) {
        try {
            A onField = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(type);
            return onField != null ? onField : component.getAnnotation(type);
        } catch (NoSuchFieldException e) {
            return component.getAnnotation(type);
        }
    }

    private static void tighten(Class<?> record, RecordComponent component, Schema<?> property) {
        AnnotatedType annotated;
        List<Annotation> annotations = new ArrayList<>();
        try {
            Field field = record.getDeclaredField(component.getName());
            annotations.addAll(List.of(field.getAnnotations()));
            annotated = field.getAnnotatedType();
        } catch (NoSuchFieldException e) {
            annotated = component.getAnnotatedType();
        }
        annotations.addAll(List.of(annotated.getAnnotations()));
        apply(annotations, property);
        ArraySchema array = annotation(component, ArraySchema.class);
        if (array != null && array.schema().nullable() && property.getItems() != null) {
            property.getItems().setNullable(true);
        }
        if (property.getItems() != null && property.getItems().get$ref() == null
                && annotated instanceof AnnotatedParameterizedType parameterized
                && parameterized.getAnnotatedActualTypeArguments().length == 1) {
            apply(List.of(parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations()), property.getItems());
        }
    }

    private static void apply(List<Annotation> annotations, Schema<?> schema) {
        boolean array = "array".equals(schema.getType());
        boolean string = "string".equals(schema.getType());
        for (Annotation a : annotations) {
            if (a instanceof Pattern p && string) {
                schema.setPattern(anchored(p.regexp()));
            }
        }
        for (Annotation a : annotations) {
            if (a instanceof NotBlank && string) {
                schema.setMinLength(Math.max(1, schema.getMinLength() == null ? 0 : schema.getMinLength()));
                if (schema.getPattern() == null) {
                    schema.setPattern("\\S");
                }
            } else if (a instanceof NotEmpty && array) {
                schema.setMinItems(Math.max(1, schema.getMinItems() == null ? 0 : schema.getMinItems()));
            } else if (a instanceof NotEmpty && string) {
                schema.setMinLength(Math.max(1, schema.getMinLength() == null ? 0 : schema.getMinLength()));
            }
        }
        // @Size(max = n) alone says nothing about a minimum: a 0 is noise
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
    }

    static String anchored(String regex) {
        if (regex.startsWith("^") && regex.endsWith("$")) {
            return regex;
        }
        return "^" + (regex.contains("|") ? "(?:" + regex + ")" : regex) + "$";
    }
}
