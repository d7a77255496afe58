package org.gba.advisor.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.gba.advisor.engine.EvaluationObserver;

/**
 * Counts and times every rule evaluation as the timer {@code advisor.evaluations}, tagged with the rule
 * base's version and the outcome, so a reload shows as a new series and failures are visible.
 */
final class EvaluationMetrics implements EvaluationObserver {
    static final String TIMER = "advisor.evaluations";

    private final MeterRegistry registry;
    // Looked up once per (version, outcome): the registry's own lookup would cost more than the record.
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    EvaluationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void evaluated(String rulesVersion, long nanos, boolean succeeded) {
        String outcome = succeeded ? "success" : "failure";
        timers.computeIfAbsent(rulesVersion + ' ' + outcome, k -> Timer.builder(TIMER)
                        .description("Rule evaluations: one per advice and one per data-gap probe")
                        .tag("rules.version", rulesVersion)
                        .tag("outcome", outcome)
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
