package org.gba.advisor.system;

import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Waits for the first compile of the rules before anything else starts: the rule sync (which may take up
 * another published version), then the web server, and only after both does Spring Boot say the application is
 * ready. So no request is answered and readiness is never UP without a compiled rule base, and a folder that does
 * not compile fails the start with the compiler's errors (RuleBaseFailureAnalyzer) just as a compile in the bean's
 * constructor did; meanwhile the context started beside the compile.
 */
final class FirstRuleBase implements SmartLifecycle {
    /** Before every other lifecycle bean: the rule sync starts at 0, the web server near Integer.MAX_VALUE. */
    static final int PHASE = Integer.MIN_VALUE + 1000;
    private static final Logger log = LoggerFactory.getLogger(FirstRuleBase.class);
    private final RuleEngine engine;
    private volatile boolean running;

    FirstRuleBase(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    public void start() {
        long start = System.nanoTime();
        boolean waiting = engine.compiledOrNull() == null;
        RuleBase rules = engine.awaitFirst(); // throws the compiler's RuleBaseException: the start fails with it
        if (waiting) {
            log.info("Waited {} ms for the first compile of the rules ({})", (System.nanoTime() - start) / 1_000_000,
                    rules.version());
        }
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
        return PHASE;
    }
}
