package org.gba.advisor.ruleset;

import java.time.Clock;
import org.gba.advisor.audit.AuditLog;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.profiles.ProfileStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule set's beans: its health and info for the actuator, and the reloads and impact reports. */
@Configuration(proxyBeanMethods = false)
class RulesetConfiguration {

    @Bean
    RulesHealth rules(RuleEngine engine) {
        return new RulesHealth(engine);
    }

    @Bean
    RulesAdmin rulesAdmin(RuleEngine engine, ProfileStore store, AuditLog audit) {
        return new RulesAdmin(engine, store, audit, Clock.systemUTC());
    }
}
