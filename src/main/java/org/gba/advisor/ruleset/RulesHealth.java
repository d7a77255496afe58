package org.gba.advisor.ruleset;

import java.util.Map;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleEngine;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The rule base in service, for {@code /actuator/health} (part of readiness) and {@code /actuator/info}.
 * It can only be up: the engine bean compiles the rules in its constructor, so this bean, and the
 * application's readiness, exist only once a rule base does.
 */
final class RulesHealth implements HealthIndicator, InfoContributor {
    private final RuleEngine engine;

    RulesHealth(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    public Health health() {
        RuleBase rules = engine.current();
        if (rules == null) {
            return Health.outOfService().build();
        }
        return Health.up().withDetails(details(rules)).build();
    }

    @Override
    public void contribute(Info.Builder builder) {
        RuleBase rules = engine.current();
        if (rules != null) {
            builder.withDetail("rules", details(rules));
        }
    }

    private static Map<String, Object> details(RuleBase rules) {
        return Map.of("version", rules.version(), "mode", rules.mode().name(), "rules", rules.rules().size(),
                "loadedAt", rules.loadedAt().toString());
    }
}
