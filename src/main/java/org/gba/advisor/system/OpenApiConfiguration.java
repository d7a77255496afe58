package org.gba.advisor.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.List;
import org.gba.advisor.http.LanguageArgumentResolver;
import org.gba.advisor.vocabulary.Lang;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI document served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    static {
        // the language is negotiated by LanguageArgumentResolver; the document shows the query parameter instead
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Lang.class);
    }

    /** Every operation that answers in a language documents {@code ?lang=} and {@code Accept-Language}. */
    @Bean
    OperationCustomizer languageParameters() {
        return (operation, handler) -> {
            boolean speaks = java.util.Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.getParameterType() == Lang.class);
            if (speaks) {
                operation.addParametersItem(new QueryParameter().name(LanguageArgumentResolver.PARAMETER)
                        .description("zh or en; overrides Accept-Language; default zh")
                        .schema(new StringSchema()._enum(List.of("zh", "en"))));
                operation.addParametersItem(new HeaderParameter().name("Accept-Language")
                        .description("the first of zh or en is used when ?lang= is absent")
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }

    @Bean
    OpenAPI advisorOpenApi() {
        return new OpenAPI().info(new Info()
                .title("GBA innovation-centre policy advisor")
                .version("v1")
                .description("Facts about a Greater Bay Area city, SAR or cooperation platform in; ranked, explained "
                        + "advice out: which of the four practice models (M1–M4) fit and which countermeasure "
                        + "actions (CM1a–CM4e) matter most, each with the rules, facts and points behind it. "
                        + "Errors are RFC 9457 problem+json."));
    }
}
