package org.gba.advisor.ruleset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleEngine;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The rule base in service, for {@code /actuator/health} (part of readiness) and {@code /actuator/info}. An
 * instance that could not compile the published rule set is OUT_OF_SERVICE, with the version and its errors: it
 * keeps answering with its old rules, but a load balancer should send no one to it while the others serve the
 * published version. Liveness is not touched (a restart would not compile it either). While the first rule base is
 * still being compiled at start-up it is OUT_OF_SERVICE too.
 */
final class RulesHealth implements HealthIndicator, InfoContributor {
    private final RuleEngine engine;
    private final RuleSync sync;

    RulesHealth(RuleEngine engine, RuleSync sync) {
        this.engine = engine;
        this.sync = sync;
    }

    @Override
    public Health health() {
        RuleBase rules = engine.compiledOrNull(); // never waits: a probe during the first compile is answered at once
        if (rules == null) {
            return Health.outOfService().withDetail("compiling", engine.folder().toString()).build();
        }
        RuleSync.State state = sync.state();
        Map<String, Object> details = details(rules, state);
        if (state.stale()) {
            details.put("failedRuleSet", state.failure().version());
            details.put("errors", state.failure().errors());
            return Health.outOfService().withDetails(details).build();
        }
        return Health.up().withDetails(details).build();
    }

    @Override
    public void contribute(Info.Builder builder) {
        RuleBase rules = engine.compiledOrNull();
        if (rules != null) {
            builder.withDetail("rules", details(rules, sync.state()));
        }
    }

    private static Map<String, Object> details(RuleBase rules, RuleSync.State state) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", rules.version());
        out.put("mode", rules.mode().name());
        out.put("rules", rules.rules().size());
        out.put("loadedAt", rules.loadedAt().toString());
        if (state.servingVersion() != null) {
            out.put("ruleSet", state.servingVersion());
        }
        if (state.activeVersion() != null) {
            out.put("activeRuleSet", state.activeVersion());
        }
        return out;
    }
}
