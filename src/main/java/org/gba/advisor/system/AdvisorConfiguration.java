package org.gba.advisor.system;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import java.time.Clock;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.profile.ProfileJson;
import org.gba.advisor.profile.ProfileValidator;
import org.gba.advisor.profile.SampleProfiles;
import org.gba.advisor.web.BodySizeLimit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The advisor's beans: one rule engine (compiled once at start-up, timed per evaluation), its health, the
 * sample profiles, the advice service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdvisorProperties.class)
class AdvisorConfiguration {

    /** Compiles the rules here, at start-up: the application is not ready (readiness probe) until this returns. */
    @Bean
    RuleEngine ruleEngine(AdvisorProperties properties, MeterRegistry registry) {
        return new RuleEngine(properties.rulesDir(),
                new RuleBaseLoader(properties.rulesMode(), new EvaluationMetrics(registry)));
    }

    @Bean
    RulesHealth rules(RuleEngine engine) {
        return new RulesHealth(engine);
    }

    @Bean
    ProfileValidator profileValidator(Validator validator) {
        return new ProfileValidator(validator);
    }

    @Bean
    SampleProfiles sampleProfiles(AdvisorProperties properties, ProfileValidator validator, RuleEngine engine) {
        return SampleProfiles.load(properties.fixturesDir(), validator, engine.current().catalog());
    }

    @Bean
    AdviceService adviceService(RuleEngine engine) {
        return new AdviceService(engine, Clock.systemUTC());
    }

    @Bean
    BodySizeLimit bodySizeLimit(AdvisorProperties properties) {
        return new BodySizeLimit(properties.maxBodySize().toBytes());
    }

    /** Requests are read as strictly as fixtures and tests read profiles. */
    @Bean
    JsonMapperBuilderCustomizer strictProfileJson() {
        return ProfileJson::configure;
    }
}
