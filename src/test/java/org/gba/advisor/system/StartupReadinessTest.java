package org.gba.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gba.advisor.AdvisorApplication;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * The first compile runs beside the context's start; nothing is served and readiness is not UP before it is done.
 * The compile is held back here until the context has made its beans and begins to start them, so that it is
 * certainly still to come then, however quickly the rules compile or are read back (a compile started two seconds
 * late once did that, until kept rule bases made the compile quicker than the context's own start).
 */
class StartupReadinessTest {

    /** What was true of the rule base when each step of the start happened. */
    static final class Steps implements ApplicationListener<org.springframework.context.ApplicationEvent> {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final CountDownLatch lifecycleBegun = new CountDownLatch(1);
        volatile ConfigurableApplicationContext context;

        @Override
        public void onApplicationEvent(org.springframework.context.ApplicationEvent event) {
            if (event instanceof WebServerInitializedEvent) {
                seen.add("web server listening, compiled=" + compiled());
            } else if (event instanceof AvailabilityChangeEvent<?> change
                    && change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                seen.add("accepting traffic, compiled=" + compiled());
            }
        }

        boolean compiled() {
            return context.getBean(RuleEngine.class).compiledOrNull() != null;
        }
    }

    /** The first lifecycle bean to start: what the rules and their health were when the context began starting. */
    static final class FirstToStart implements SmartLifecycle {
        final Steps steps;
        boolean running;

        FirstToStart(Steps steps) {
            this.steps = steps;
        }

        @Override
        public void start() {
            Status health = steps.context.getBean("rules", HealthIndicator.class).health().getStatus();
            steps.seen.add("lifecycle begins, compiled=" + steps.compiled() + ", rules health " + health);
            steps.lifecycleBegun.countDown();
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return Integer.MIN_VALUE;
        }
    }

    /** Replaces the engine with one whose first compile starts only once the context's lifecycle has begun. */
    static final class HeldFirstCompile implements BeanPostProcessor {
        private final Steps steps;

        HeldFirstCompile(Steps steps) {
            this.steps = steps;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof RuleEngine) {
                return RuleEngine.starting(TestRules.RULES_DIR, new RuleBaseLoader(), task -> {
                    Thread held = new Thread(() -> {
                        try {
                            steps.lifecycleBegun.await(60, TimeUnit.SECONDS); // never forever, should it not begin
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        task.run();
                    }, "held-rules-compile");
                    held.setDaemon(true);
                    held.start();
                });
            }
            return bean;
        }
    }

    @Test
    void theWebServerListensAndReadinessIsUpOnlyOnceTheFirstCompileIsDone() throws Exception {
        Steps steps = new Steps();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AdvisorApplication.class)
                .initializers(c -> {
                    steps.context = c;
                    c.getBeanFactory().addBeanPostProcessor(new HeldFirstCompile(steps));
                    c.getBeanFactory().registerSingleton("firstToStart", new FirstToStart(steps));
                })
                .listeners(steps)
                .run("--server.port=0")) {
            assertThat(steps.seen).containsExactly(
                    "lifecycle begins, compiled=false, rules health OUT_OF_SERVICE",
                    "web server listening, compiled=true",
                    "accepting traffic, compiled=true");
            int port = context.getEnvironment().getProperty("local.server.port", Integer.class);
            Http.Reply readiness = new Http(port).get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.body().get("status").asString()).isEqualTo("UP");
            assertThat(readiness.header("X-Rules-Version"))
                    .isEqualTo(context.getBean(RuleEngine.class).current().version());
        }
    }
}
