package org.gba.advisor.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Passes over the whole document once springdoc has built it: request bodies are closed
 * ({@code additionalProperties: false}, as the server refuses unknown fields); every answer documents
 * {@code X-Rules-Version}, and the answers the ETag filter covers {@code ETag} and a 304; every component schema
 * and parameter without an example gets one made from its schema (its properties' examples, enums, bounds), so
 * a new field needs no hand-written example to be documented.
 */
final class ContractSchemas implements OpenApiCustomizer {
    static final String RULES_VERSION = "X-Rules-Version";
    private static final String REF = "#/components/schemas/";
    private static final List<String> STRING_CANDIDATES = List.of("dongguan", "sha256:9f2c4e", "gerd-gdp", "M4", "text");
    private final List<String> etagPaths;

    ContractSchemas(List<String> etagPaths) {
        this.etagPaths = List.copyOf(etagPaths);
    }

    @Override
    public void customise(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        api.getComponents().addHeaders(RULES_VERSION, new Header()
                .description("The rules version that answered (on every answer, errors included)").required(true)
                .schema(new Schema<String>().type("string").example("sha256:9f2c4e0d1b7a")));
        api.getComponents().addHeaders("ETag", new Header()
                .description("Entity tag of the answer; send it back as If-None-Match to get a 304 while it is unchanged")
                .schema(new Schema<String>().type("string").example("\"0a1b2c3d4e5f\"")));
        Set<String> closed = new HashSet<>();
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
                Operation op = e.getValue();
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().values().forEach(m -> reach(m.getSchema(), schemas, closed));
                }
                boolean etag = e.getKey() == PathItem.HttpMethod.GET && etagPaths.contains(path);
                if (etag) {
                    op.addParametersItem(new HeaderParameter().name("If-None-Match")
                            .description("The ETag of an earlier answer: unchanged, the answer is a 304 without a body")
                            .schema(new Schema<String>().type("string")).example("\"0a1b2c3d4e5f\""));
                    op.getResponses().addApiResponse("304", new ApiResponse()
                            .description("Not Modified: the answer is unchanged since the ETag given"));
                }
                op.getResponses().forEach((status, response) -> {
                    response.addHeaderObject(RULES_VERSION, new Header().$ref("#/components/headers/" + RULES_VERSION));
                    if (etag && (status.equals("200") || status.equals("304"))) {
                        response.addHeaderObject("ETag", new Header().$ref("#/components/headers/ETag"));
                    }
                    if (status.equals("401")) {
                        response.addHeaderObject("WWW-Authenticate", new Header().description("Bearer")
                                .schema(new Schema<String>().type("string").example("Bearer")));
                    }
                });
                if (op.getParameters() != null) {
                    for (Parameter p : op.getParameters()) {
                        if (p.getExample() == null && p.getExamples() == null && p.getSchema() != null) {
                            p.setExample(example(p.getSchema(), schemas, new ArrayDeque<>()));
                        }
                    }
                }
            }
        });
        for (String name : closed) {
            Schema<?> s = schemas.get(name);
            if (s.getProperties() != null && s.getAdditionalProperties() == null) {
                s.setAdditionalProperties(false);
            }
        }
        for (Map.Entry<String, Schema> e : schemas.entrySet()) {
            if (e.getValue().getExample() == null) {
                Deque<String> visiting = new ArrayDeque<>();
                visiting.push(e.getKey());
                e.getValue().setExample(example(e.getValue(), schemas, visiting));
            }
        }
    }

    /** Every component schema that a request body reaches. */
    private static void reach(Schema<?> s, Map<String, Schema> schemas, Set<String> seen) {
        if (s == null) {
            return;
        }
        if (s.get$ref() != null) {
            String name = s.get$ref().substring(REF.length());
            if (seen.add(name)) {
                reach(schemas.get(name), schemas, seen);
            }
            return;
        }
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> reach(p, schemas, seen));
        }
        reach(s.getItems(), schemas, seen);
        if (s.getAdditionalProperties() instanceof Schema<?> more) {
            reach(more, schemas, seen);
        }
    }

    /** An example value for a schema, made from its parts; null where none can be made. */
    static Object example(Schema<?> s, Map<String, Schema> schemas, Deque<String> visiting) {
        if (s == null) {
            return null;
        }
        if (s.get$ref() != null) {
            String name = s.get$ref().substring(REF.length());
            Schema<?> target = schemas.get(name);
            if (target == null || visiting.contains(name) || visiting.size() > 8) {
                return null;
            }
            if (target.getExample() != null) {
                return target.getExample();
            }
            visiting.push(name);
            try {
                return example(target, schemas, visiting);
            } finally {
                visiting.pop();
            }
        }
        if (s.getExample() != null) {
            return s.getExample();
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return s.getEnum().get(0);
        }
        if (s.getDefault() != null) {
            return s.getDefault();
        }
        String type = s.getType();
        if (type == null && s.getProperties() != null) {
            type = "object";
        }
        if (type == null) {
            return null;
        }
        switch (type) {
            case "string" -> {
                if ("date-time".equals(s.getFormat())) {
                    return "2026-01-15T08:00:00Z";
                }
                if ("uri".equals(s.getFormat())) {
                    return "urn:gba-advisor:example";
                }
                if (s.getPattern() == null) {
                    return "text";
                }
                for (String candidate : STRING_CANDIDATES) {
                    if (java.util.regex.Pattern.compile(s.getPattern()).matcher(candidate).find()
                            && (s.getMaxLength() == null || candidate.length() <= s.getMaxLength())) {
                        return candidate;
                    }
                }
                return null;
            }
            case "integer" -> {
                long v = s.getMinimum() != null ? s.getMinimum().longValue() : 1;
                if (s.getMaximum() != null && v > s.getMaximum().longValue()) {
                    v = s.getMaximum().longValue();
                }
                return v;
            }
            case "number" -> {
                BigDecimal v = s.getMinimum() != null ? s.getMinimum() : BigDecimal.valueOf(2.5);
                if (s.getMaximum() != null && v.compareTo(s.getMaximum()) > 0) {
                    v = s.getMaximum();
                }
                return v.doubleValue();
            }
            case "boolean" -> {
                return false;
            }
            case "array" -> {
                Object item = example(s.getItems(), schemas, visiting);
                List<Object> list = new ArrayList<>();
                int n = s.getMinItems() == null ? 1 : Math.max(1, s.getMinItems());
                if (item != null) {
                    for (int i = 0; i < n; i++) {
                        list.add(item);
                    }
                }
                return list;
            }
            case "object" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                if (s.getProperties() != null) {
                    s.getProperties().forEach((k, v) -> {
                        Object value = example(v, schemas, visiting);
                        if (value != null) {
                            out.put(k, value);
                        }
                    });
                }
                return out;
            }
            default -> {
                return null;
            }
        }
    }
}
