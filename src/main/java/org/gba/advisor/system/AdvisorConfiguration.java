package org.gba.advisor.system;

import jakarta.validation.Validator;
import java.time.Clock;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.profile.ProfileJson;
import org.gba.advisor.profile.ProfileValidator;
import org.gba.advisor.profile.SampleProfiles;
import org.gba.advisor.region.RegionData;
import org.gba.advisor.region.RegionService;
import org.gba.advisor.scenario.ScenarioService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The advisor's beans: one rule engine (compiled once at start-up), the sample profiles, the advice service and
 * the region service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdvisorProperties.class)
class AdvisorConfiguration {

    @Bean
    RuleEngine ruleEngine(AdvisorProperties properties) {
        return new RuleEngine(properties.rulesDir(), new RuleBaseLoader());
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
    AdviceService adviceService(RuleEngine engine, ProfileValidator validator) {
        return new AdviceService(engine, Clock.systemUTC(), validator);
    }

    @Bean
    ScenarioService scenarioService(AdviceService advice, ProfileValidator validator, SampleProfiles samples) {
        return new ScenarioService(advice, validator, samples);
    }

    /** Reads the region data once at start-up, so a broken region/region.yaml stops the start like a broken rule. */
    @Bean
    RegionService regionService(RuleEngine engine, SampleProfiles profiles, ProfileValidator validator) {
        if (engine.current().hasRegionRules()) {
            RegionData.of(engine.current());
        }
        return new RegionService(engine, profiles, validator, Clock.systemUTC());
    }

    /** Requests are read as strictly as fixtures and tests read profiles. */
    @Bean
    JsonMapperBuilderCustomizer strictProfileJson() {
        return ProfileJson::configure;
    }
}
