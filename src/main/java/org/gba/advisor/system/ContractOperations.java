package org.gba.advisor.system;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.gba.advisor.http.KeyOptional;
import org.gba.advisor.http.KeyRequired;
import org.gba.advisor.http.LanguageArgumentResolver;
import org.gba.advisor.http.Problems;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;

/**
 * What each operation of the OpenAPI document says beyond its success answer, derived from the handler so that
 * a new endpoint is documented the same way: the language parameters where it takes a {@link Lang}; its security
 * ({@link KeyRequired}, {@link KeyOptional}); and every problem it can answer, grouped by status, each as
 * {@code application/problem+json} with the shared Problem schema and an example per problem type.
 */
final class ContractOperations implements OperationCustomizer {
    static final String PROBLEM_JSON = "application/problem+json";
    static final String API_KEY = "apiKey";
    static final String BEARER = "bearer";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean speaks = false;
        boolean body = false;
        boolean profile = false;
        boolean validated = false;
        boolean parameters = false;
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.getParameterType() == Lang.class) {
                speaks = true;
            }
            if (p.hasParameterAnnotation(RequestBody.class)) {
                body = true;
                Class<?> read = p.getParameterType();
                // a body read as bytes or text may be read as profiles by its handler (a workbook, a CSV)
                profile = read == byte[].class || read == String.class
                        || mayHoldProfile(p.getGenericParameterType(), new java.util.HashSet<>());
                validated |= p.hasParameterAnnotation(Valid.class) || p.hasParameterAnnotation(Validated.class);
            }
            RequestParam query = p.getParameterAnnotation(RequestParam.class);
            boolean required = query != null && query.required() && ValueConstants.DEFAULT_NONE.equals(query.defaultValue());
            if ((query != null || p.hasParameterAnnotation(PathVariable.class))
                    && (p.getParameterType() != String.class || required)) {
                parameters = true;
            }
        }
        if (speaks) {
            operation.addParametersItem(new QueryParameter().name(LanguageArgumentResolver.PARAMETER)
                    .description("The answer's language: zh or en (a tag such as zh-CN is read as zh). Overrides "
                            + "Accept-Language; without either the answer is in Chinese. Any other language is a 400 "
                            + "unsupported-language.")
                    .schema(new StringSchema()._enum(List.of("zh", "en"))).example("en"));
            operation.addParametersItem(new HeaderParameter().name("Accept-Language")
                    .description("Used when ?lang= is absent: its first language that is zh or en")
                    .schema(new StringSchema()).example("en-GB,en;q=0.9,zh;q=0.5"));
        }

        StringJoiner access = new StringJoiner(" ");
        KeyRequired required = handler.getMethodAnnotation(KeyRequired.class);
        KeyOptional optional = handler.getMethodAnnotation(KeyOptional.class);
        if (required != null) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(API_KEY), new SecurityRequirement().addList(BEARER)));
            access.add("**Needs an API key**: " + required.value() + ".");
        } else if (optional != null) {
            operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(API_KEY),
                    new SecurityRequirement().addList(BEARER)));
            access.add("**Anyone may call this**; with an API key: " + optional.value() + ".");
        } else {
            access.add("**Anyone may call this**; a key changes nothing here.");
        }
        operation.setDescription(operation.getDescription() == null ? access.toString()
                : operation.getDescription() + "\n\n" + access);

        // no 500: the service answers none by design, so a test that meets one fails on an undocumented status
        Set<String> problems = new LinkedHashSet<>(List.of("unauthorized", "forbidden"));
        if (body) {
            problems.addAll(List.of("malformed-json", "payload-too-large", "unsupported-media-type"));
            if (profile) {
                problems.add("invalid-profile");
            }
            if (readsJson(handler)) {
                problems.add("json-limit-exceeded");
            }
        }
        if (validated) {
            problems.add("invalid-request");
        }
        if (speaks) {
            problems.add("unsupported-language");
        }
        if (parameters) {
            problems.add("bad-request");
        }
        Problems declared = handler.getMethodAnnotation(Problems.class);
        if (declared != null) {
            problems.addAll(List.of(declared.value()));
        }
        Map<Integer, List<ProblemCatalog.Entry>> byStatus = new TreeMap<>();
        for (String slug : problems) {
            ProblemCatalog.Entry e = ProblemCatalog.get(slug);
            byStatus.computeIfAbsent(e.status(), s -> new ArrayList<>()).add(e);
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        byStatus.forEach((status, entries) ->
                operation.getResponses().addApiResponse(Integer.toString(status), response(entries, required != null)));
        // what the service's edge may answer to any request, whatever the operation (see the README's Limits)
        List<ProblemCatalog.Entry> edge = new ArrayList<>(List.of(ProblemCatalog.get("bad-request"),
                ProblemCatalog.get("too-many-requests")));
        if (body) {
            edge.addAll(List.of(ProblemCatalog.get("request-timeout"), ProblemCatalog.get("service-unavailable")));
        }
        ApiResponse any = response(edge, required != null);
        any.setDescription("Answered by the service's edge to any request: " + any.getDescription());
        operation.getResponses().setDefault(any);
        return operation;
    }

    /**
     * Whether a body of this type can carry a profile, and so be answered {@code invalid-profile}: a record whose
     * components (through lists, maps and arrays) reach a {@link Profile}. A body of other fields only is an
     * {@code invalid-request} when wrong.
     */
    private static boolean mayHoldProfile(java.lang.reflect.Type type, Set<java.lang.reflect.Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof java.lang.reflect.ParameterizedType generic) {
            for (java.lang.reflect.Type argument : generic.getActualTypeArguments()) {
                if (mayHoldProfile(argument, seen)) {
                    return true;
                }
            }
            return mayHoldProfile(generic.getRawType(), seen);
        }
        if (type instanceof java.lang.reflect.GenericArrayType array) {
            return mayHoldProfile(array.getGenericComponentType(), seen);
        }
        if (!(type instanceof Class<?> c)) {
            return true; // a type variable or wildcard: it may be anything
        }
        if (Profile.class.isAssignableFrom(c)) {
            return true;
        }
        if (c.isArray()) {
            return mayHoldProfile(c.getComponentType(), seen);
        }
        if (c.isRecord()) {
            for (java.lang.reflect.RecordComponent component : c.getRecordComponents()) {
                if (mayHoldProfile(component.getGenericType(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the body is JSON (a mapping that names no media type takes JSON): only JSON has nesting limits. */
    private static boolean readsJson(HandlerMethod handler) {
        org.springframework.web.bind.annotation.RequestMapping mapping = org.springframework.core.annotation
                .AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                        org.springframework.web.bind.annotation.RequestMapping.class);
        return mapping == null || mapping.consumes().length == 0
                || java.util.Arrays.stream(mapping.consumes()).anyMatch(c -> c.contains("json"));
    }

    private static ApiResponse response(List<ProblemCatalog.Entry> entries, boolean keyRequired) {
        StringJoiner description = new StringJoiner("; ");
        Map<String, Example> examples = new LinkedHashMap<>();
        for (ProblemCatalog.Entry e : entries) {
            String meaning = e.slug().equals("unauthorized") && !keyRequired
                    ? "the API key given is unknown or revoked" : e.meaning();
            description.add("`" + e.slug() + "`: " + meaning);
            examples.put(e.slug(), new Example().summary(e.title()).value(example(e)));
        }
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")).examples(examples);
        ApiResponse response = new ApiResponse().description(description.toString())
                .content(new Content().addMediaType(PROBLEM_JSON, media));
        if (entries.stream().anyMatch(e -> e.status() == 429 || e.status() == 503)) {
            response.addHeaderObject("Retry-After", new io.swagger.v3.oas.models.headers.Header()
                    .description("seconds to wait before trying again").schema(new Schema<>().type("integer")));
        }
        return response;
    }

    private static Map<String, Object> example(ProblemCatalog.Entry e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", e.type().toString());
        p.put("title", e.title());
        p.put("status", e.status());
        p.put("detail", e.exampleDetail());
        switch (e.slug()) {
            case "invalid-profile" -> p.put("errors", List.of(Map.of("pointer", "/indicators/0/value",
                    "message", "must lie between 0 and 100")));
            case "invalid-request" -> p.put("errors", List.of(Map.of("pointer", "/scenarios",
                    "message", "size must be between 1 and 20")));
            case "invalid-scenario" -> {
                p.put("scenario", "barrier lifted");
                p.put("scenarioIndex", 0);
                p.put("operation", 0);
                p.put("errors", List.of(Map.of("pointer", "/scenarios/0/patch/0",
                        "message", "operation 0 cannot be applied: the path does not exist")));
            }
            case "unsupported-language" -> p.put("errors", List.of(Map.of("pointer", "?lang", "message", "must be zh or en")));
            case "unknown-profile" -> p.put("profileId", "atlantis");
            case "payload-too-large" -> p.put("maxBytes", 262144);
            default -> {
                // type, title, status and detail say it all
            }
        }
        return p;
    }
}
