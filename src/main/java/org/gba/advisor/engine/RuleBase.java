package org.gba.advisor.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gba.advisor.catalog.Catalog;
import org.gba.advisor.profile.Profile;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One compiled, immutable version of the rules folder: the Drools rule base with its catalog and
 * parameters. Every evaluation gets its own session from a pool, so concurrent evaluations share the
 * compiled rules but never each other's facts.
 */
public final class RuleBase implements AutoCloseable {
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final Parameters parameters;
    private final Catalog catalog;
    private final String version;
    private final Instant loadedAt;
    private final List<String> files;
    private final Map<String, RuleInfo> rules;
    private final RuleBaseLoader.Mode mode;
    private final EvaluationObserver observer;

    RuleBase(KieBase kieBase, Parameters parameters, Catalog catalog, String version, Instant loadedAt,
             List<String> files, Map<String, RuleInfo> rules, RuleBaseLoader.Mode mode,
             EvaluationObserver observer) {
        this.mode = mode;
        this.observer = observer;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2);
        this.parameters = parameters;
        this.catalog = catalog;
        this.version = version;
        this.loadedAt = loadedAt;
        this.files = List.copyOf(files);
        this.rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
    }

    /** Evaluates one profile, which must already be valid. */
    public Evaluation evaluate(Profile profile) {
        long start = System.nanoTime();
        boolean ok = false;
        try {
            Evaluation evaluation = run(profile, start);
            ok = true;
            return evaluation;
        } finally {
            observer.evaluated(version, System.nanoTime() - start, ok);
        }
    }

    private Evaluation run(Profile profile, long start) {
        Ledger ledger = new Ledger(parameters);
        KieSession session = sessions.newKieSession();
        try {
            session.setGlobal("ledger", ledger);
            session.setGlobal("params", parameters);
            for (Object fact : FactMapper.facts(profile, parameters)) {
                session.insert(fact);
            }
            int cap = parameters.maxRuleFirings();
            int fired = session.fireAllRules(cap);
            if (fired >= cap) {
                throw new RunawayRulesException(profile.id(), cap);
            }
            return new Evaluation(ledger.entries(), fired, System.nanoTime() - start);
        } finally {
            session.dispose();
        }
    }

    public Parameters parameters() { return parameters; }
    public Catalog catalog() { return catalog; }
    /** {@code sha256:} of the rules folder's content: DRL files, parameters and catalog. */
    public String version() { return version; }
    public Instant loadedAt() { return loadedAt; }
    public List<String> files() { return files; }
    public Map<String, RuleInfo> rules() { return rules; }
    /** How the rules were compiled. */
    public RuleBaseLoader.Mode mode() { return mode; }

    KieBase kieBase() { return kieBase; }

    @Override
    public void close() {
        sessions.shutdown();
    }
}
