package org.gba.advisor.system;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.gba.advisor.advice.AdviceCache;
import org.gba.advisor.advice.AdviceRecords;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.audit.AuditLog;
import org.gba.advisor.engine.CompiledRules;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.profiles.Neighbours;
import org.gba.advisor.profiles.ProfileAccess;
import org.gba.advisor.profiles.ProfileStore;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.region.RegionService;
import org.gba.advisor.scenario.ScenarioService;
import org.gba.advisor.vocabulary.ProfileJson;
import org.gba.advisor.vocabulary.ProfileValidator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The advisor's beans: one rule engine (compiled at start-up beside the context, timed per evaluation), the
 * sample profiles, the store, the advice, scenario and region services, rules reloads.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdvisorProperties.class)
class AdvisorConfiguration {

    /**
     * Reads and checks the rules folder's parameters and catalog here and compiles its DRL on a thread of its own
     * while the context starts; {@link #firstRuleBase} waits for it before anything is served.
     */
    @Bean
    RuleEngine ruleEngine(AdvisorProperties properties, MeterRegistry registry) {
        Path kept = properties.compiledRulesPath();
        return RuleEngine.starting(properties.rulesPath(), new RuleBaseLoader(properties.rulesMode(),
                new EvaluationMetrics(registry), kept == null ? CompiledRules.none() : CompiledRules.in(kept, 8)));
    }

    /** No request is served, and the start fails with the compiler's errors, until the first compile is done. */
    @Bean
    FirstRuleBase firstRuleBase(RuleEngine engine) {
        return new FirstRuleBase(engine);
    }

    /** Replaces Boot's transaction manager: commits on the embedded H2 file store are flushed to disk. */
    @Bean
    DurableTransactionManager transactionManager(DataSource dataSource) {
        return new DurableTransactionManager(dataSource);
    }

    @Bean
    AuditLog auditLog(JdbcClient jdbc) {
        return new AuditLog(jdbc, Clock.systemUTC());
    }

    @Bean
    ProfileStore profileStore(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit) {
        return new ProfileStore(jdbc, tx, audit, Clock.systemUTC());
    }

    /** Made after the built-in profiles are stored as first versions (where their ids are not stored yet). */
    @Bean
    ProfileAccess profileAccess(ProfileStore store, SampleProfiles samples) {
        store.seed(samples.all());
        return new ProfileAccess(store);
    }

    @Bean
    AdviceRecords adviceRecords(JdbcClient jdbc, ProfileStore store) {
        return new AdviceRecords(jdbc, store, Clock.systemUTC());
    }

    /** Before Spring Security's filters (order -100), so that 401 and 403 answers carry the header too. */
    @Bean
    FilterRegistrationBean<RulesVersionHeader> rulesVersionHeader(RuleEngine engine) {
        FilterRegistrationBean<RulesVersionHeader> registration = new FilterRegistrationBean<>(new RulesVersionHeader(engine));
        registration.setOrder(-200);
        return registration;
    }

    @Bean
    ProfileValidator profileValidator(Validator validator) {
        return new ProfileValidator(validator);
    }

    @Bean
    SampleProfiles sampleProfiles(AdvisorProperties properties, ProfileValidator validator, RuleEngine engine) {
        // the folder's catalog and parameters, read before its DRL is compiled: the compile need not be waited for
        RuleBaseLoader.Sources rules = engine.initialSources();
        return SampleProfiles.load(properties.fixturesPath(), validator, rules.catalog())
                .withReachResolved(rules.parameters().reach());
    }

    @Bean
    AdviceService adviceService(RuleEngine engine, ProfileValidator validator,
                                @Value("${advisor.advice-cache-size:1000}") long cacheSize,
                                @Value("${advisor.advice-cache-megabytes:64}") long cacheMegabytes) {
        return new AdviceService(engine, Clock.systemUTC(), validator,
                new AdviceCache(cacheSize, cacheMegabytes > Long.MAX_VALUE >> 20 ? Long.MAX_VALUE : cacheMegabytes << 20));
    }

    @Bean
    Neighbours neighbours(ProfileAccess access, SampleProfiles samples) {
        return new Neighbours(access, samples);
    }

    @Bean
    ScenarioService scenarioService(AdviceService advice, ProfileValidator validator, SampleProfiles samples,
                                    Neighbours neighbours) {
        return new ScenarioService(advice, validator, samples, neighbours);
    }

    @Bean
    RegionService regionService(RuleEngine engine, SampleProfiles profiles, ProfileValidator validator) {
        return new RegionService(engine, profiles, validator, Clock.systemUTC());
    }

    /**
     * After Spring Security (order -100), which reads no body, before the controllers: a body is in memory,
     * within its limits, before a controller spends a worker thread on it. On the REQUEST dispatch, where the
     * body is read, and the ASYNC dispatch that brings the request back with it.
     */
    @Bean
    FilterRegistrationBean<BodyReader> bodyReader(AdvisorProperties properties, MeterRegistry registry) {
        AdvisorProperties.Body body = properties.body();
        FilterRegistrationBean<BodyReader> registration = new FilterRegistrationBean<>(new BodyReader(
                properties.maxBodySize().toBytes(), body.timeout(), body.maxPending(), body.maxPendingPerClient(),
                registry));
        registration.setOrder(-50);
        registration.setAsyncSupported(true);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ASYNC);
        return registration;
    }

    /**
     * Requests are read as strictly as fixtures and tests read profiles; a profile's units are converted with the
     * catalog in service, and a profile with errors of form is answered with all its errors, of content too.
     */
    @Bean
    JsonMapperBuilderCustomizer strictProfileJson(RuleEngine engine, ProfileValidator validator) {
        return builder -> ProfileJson.configure(builder, () -> engine.current().catalog(), validator);
    }
}
