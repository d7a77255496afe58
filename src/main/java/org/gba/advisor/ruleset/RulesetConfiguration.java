package org.gba.advisor.ruleset;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.audit.AuditLog;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.profiles.ProfileStore;
import org.gba.advisor.profiles.SampleProfiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule set's beans: the versions in the store, this instance's sync with the published one, reviews of a
 * change, the admin's and analyst's operations, and the rules' health and info for the actuator.
 */
@Configuration(proxyBeanMethods = false)
class RulesetConfiguration {

    @Bean
    RuleSets ruleSets(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit, DataSource dataSource) {
        return new RuleSets(jdbc, tx, audit, Clock.systemUTC(), postgres(dataSource));
    }

    /**
     * @param pollInterval how often the published version is checked besides notifications (the only way on H2)
     * @param instanceId   this instance's name in the audit log and the status (default: host and process id)
     */
    @Bean
    RuleSync ruleSync(RuleSets sets, RuleEngine engine, AuditLog audit, DataSource dataSource,
                      @Value("${advisor.rules.poll-interval:2s}") Duration pollInterval,
                      @Value("${advisor.rules.instance-id:}") String instanceId) {
        return new RuleSync(sets, engine, audit, Clock.systemUTC(), pollInterval,
                instanceId.isBlank() ? defaultInstanceId() : instanceId, postgres(dataSource) ? dataSource : null);
    }

    @Bean
    RuleSetReview ruleSetReview(ProfileStore store, AdviceService advice, SampleProfiles samples,
                                @Value("${advisor.fixtures-dir:fixtures}") Path fixturesDir) {
        return new RuleSetReview(store, advice, samples, fixturesDir);
    }

    @Bean
    RulesAdmin rulesAdmin(RuleEngine engine, RuleSets sets, RuleSync sync, RuleSetReview review, AuditLog audit) {
        return new RulesAdmin(engine, sets, sync, review, audit, Clock.systemUTC());
    }

    @Bean
    RuleVersions ruleVersions(RuleSets sets, RuleSync sync, RuleEngine engine, RulesAdmin admin) {
        return new RuleVersions(sets, sync, engine, admin);
    }

    @Bean
    RulesHealth rules(RuleEngine engine, RuleSync sync) {
        return new RulesHealth(engine, sync);
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
