package org.gba.advisor.system;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.vocabulary.Lang;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document served at /v3/api-docs, a contract portals generate clients from: made from the
 * controllers, the records they answer and their bean validation, with every problem each operation can answer
 * ({@link ContractOperations}), the security schemes, response headers and examples ({@link ContractSchemas}).
 * The API tests check every request and answer against it (testing/Http).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    static {
        SpringDocUtils.getConfig()
                // the language is negotiated by LanguageArgumentResolver; ContractOperations documents ?lang= instead
                .addRequestWrapperToIgnore(Lang.class)
                // a JsonNode field holds any JSON value, not Jackson's bean (nodeType, textual …)
                .replaceWithSchema(JsonNode.class, new Schema<>().description("Any JSON value"));
    }

    @Bean
    OperationCustomizer contractOperations() {
        return new ContractOperations();
    }

    /** The catalog's codes first, so that the schemas they add are closed and given examples like the rest. */
    @Bean
    OpenApiCustomizer contractSchemas(RuleEngine engine) {
        CatalogCodes codes = new CatalogCodes(() -> engine.current().catalog());
        ContractSchemas contract = new ContractSchemas(WebConfiguration.ETAG_API_PATHS);
        return api -> {
            // the Problem schema is read here, when the document is first asked for, not at start-up: swagger-core's
            // model resolution (Jackson 2 and its introspection) was a twentieth of the start's main thread
            ModelConverters.getInstance().readAll(Problem.class).forEach(api.getComponents()::addSchemas);
            codes.customise(api);
            contract.customise(api);
        };
    }

    @Bean
    ModelConverter recordSchemas() {
        return new RecordSchemas();
    }

    @Bean
    OpenAPI advisorOpenApi() {
        Components components = new Components()
                .addSecuritySchemes(ContractOperations.API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("X-API-Key")
                        .description("An API key (gba_…) issued by an admin with POST /api/v1/keys"))
                .addSecuritySchemes(ContractOperations.BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("gba_…")
                        .description("The same API key as a bearer token: Authorization: Bearer gba_…"));
        return new OpenAPI().components(components).info(new Info()
                .title("GBA innovation-centre policy advisor")
                .version("v1")
                .contact(new Contact().name("GBA innovation-centre policy advisor team"))
                .description("Facts about a Greater Bay Area city, SAR or cooperation platform in; ranked, explained "
                        + "advice out: which of the four practice models (M1–M4) fit and which countermeasure "
                        + "actions (CM1a–CM4e) matter most, each with the rules, facts and points behind it.\n\n"
                        + "Errors are RFC 9457 `application/problem+json` with a stable `type` (the Problem schema). "
                        + "Every answer carries `X-Rules-Version`. Answers speak zh or en (`?lang=` or "
                        + "`Accept-Language`). Keys go in `X-API-Key` or `Authorization: Bearer`."));
    }
}
