package org.gba.advisor.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI document served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

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
