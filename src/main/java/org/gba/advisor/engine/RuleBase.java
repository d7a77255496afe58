package org.gba.advisor.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gba.advisor.engine.facts.Ledger;
import org.gba.advisor.engine.facts.Parameters;
import org.gba.advisor.engine.facts.RegionData;
import org.gba.advisor.engine.facts.RegionLedger;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Profile;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One compiled, immutable version of the rules folder: the Drools rule base with its catalog and
 * parameters, and the separate rule base of {@code region/} that evaluates many places together. Every
 * evaluation gets its own session from a pool, so concurrent evaluations share the compiled rules but never
 * each other's facts.
 */
public final class RuleBase implements AutoCloseable {
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final KieBase regionBase;
    private final KieSessionsPool regionSessions;
    private final RegionData regionData;
    private final Parameters parameters;
    private final Catalog catalog;
    private final String version;
    private final Instant loadedAt;
    private final Map<String, byte[]> files;
    private final Map<String, RuleInfo> rules;
    private volatile boolean closed;
    private final RuleBaseLoader.Mode mode;
    private final EvaluationObserver observer;
    private final ProbeSession.Probing probing;

    RuleBase(KieBase kieBase, KieBase regionBase, RegionData regionData, Parameters parameters, Catalog catalog, String version,
             Instant loadedAt, Map<String, byte[]> files, Map<String, RuleInfo> rules, RuleBaseLoader.Mode mode,
             EvaluationObserver observer, ProbeSession.Probing probing) {
        this.probing = probing;
        this.mode = mode;
        this.observer = observer;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2);
        this.regionBase = regionBase;
        this.regionData = regionData;
        this.regionSessions = regionBase == null ? null
                : regionBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.parameters = parameters;
        this.catalog = catalog;
        this.version = version;
        this.loadedAt = loadedAt;
        this.files = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(files));
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

    /**
     * Evaluates one profile in a session that stays open for variants of it (see {@link ProbeSession}); only for a
     * rule base that is {@link #incremental()}. Counted and timed as one evaluation, and so is each move to a variant.
     */
    public ProbeSession session(Profile profile) {
        if (!probing.incremental()) {
            throw new IllegalStateException("these rules change facts other than logically; evaluate each variant");
        }
        long start = System.nanoTime();
        boolean ok = false;
        KieSession session = closed ? kieBase.newKieSession() : sessions.newKieSession();
        try {
            ProbeSession opened = new ProbeSession(session, profile, parameters, catalog, probing,
                    (nanos, succeeded) -> observer.evaluated(version, nanos, succeeded));
            ok = true;
            return opened;
        } finally {
            if (!ok) {
                session.dispose();
            }
            observer.evaluated(version, System.nanoTime() - start, ok);
        }
    }

    /**
     * Whether variants of a profile may be evaluated incrementally in one {@link ProbeSession}: every consequence of
     * the single-place rules derives facts only with {@code insertLogical} (so truth maintenance withdraws them) and
     * writes only to the ledger. The loader reads this from the rules' text.
     */
    public boolean incremental() {
        return probing.incremental();
    }

    /**
     * Evaluates one profile and tells {@code firedRuleIds} the id of every rule the engine fires, as it fires:
     * what the engine did, not what the rules wrote, so that tests can measure which rules they exercised.
     */
    public Evaluation evaluate(Profile profile, Consumer<String> firedRuleIds) {
        return run(profile, System.nanoTime(), firedRuleIds);
    }

    /** An evaluation that no observer sees, for the loader's checks. */
    void dryRun(Profile profile) {
        run(profile, System.nanoTime(), null);
    }

    private Evaluation run(Profile profile, long start) {
        return run(profile, start, null);
    }

    private Evaluation run(Profile profile, long start, Consumer<String> firedRuleIds) {
        Ledger ledger = new Ledger(parameters);
        KieSession session = closed ? kieBase.newKieSession() : sessions.newKieSession();
        AgendaEventListener listener = listen(session, firedRuleIds);
        try {
            session.setGlobal("ledger", ledger);
            session.setGlobal("params", parameters);
            for (Object fact : FactMapper.facts(profile, parameters, catalog)) {
                session.insert(fact);
            }
            int cap = parameters.maxRuleFirings();
            int fired = session.fireAllRules(cap);
            if (fired >= cap) {
                throw new RunawayRulesException(profile.id(), cap);
            }
            return new Evaluation(ledger.entries(), fired, System.nanoTime() - start, ledger.latent());
        } finally {
            unlisten(session, listener);
            session.dispose();
        }
    }

    private static AgendaEventListener listen(KieSession session, Consumer<String> firedRuleIds) {
        if (firedRuleIds == null) {
            return null;
        }
        AgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firedRuleIds.accept(String.valueOf(event.getMatch().getRule().getMetaData().get("id")));
            }
        };
        session.addEventListener(listener);
        return listener;
    }

    /** Pooled sessions are reused: a listener must not outlive its evaluation. */
    private static void unlisten(KieSession session, AgendaEventListener listener) {
        if (listener != null) {
            session.removeEventListener(listener);
        }
    }

    /**
     * Evaluates many places together with the rules of {@code region/} only, in one session. The firing cap is
     * the single-place cap per place, since a region session legitimately fires more the more places it holds.
     */
    public RegionEvaluation evaluateRegion(List<Profile> profiles) {
        return evaluateRegion(profiles, null);
    }

    /** As {@link #evaluateRegion(List)}, telling {@code firedRuleIds} the id of every rule the engine fires. */
    public RegionEvaluation evaluateRegion(List<Profile> profiles, Consumer<String> firedRuleIds) {
        if (regionSessions == null) {
            throw new IllegalStateException("the rules folder has no region/ rules");
        }
        long start = System.nanoTime();
        RegionLedger ledger = new RegionLedger(parameters);
        KieSession session = regionSessions.newKieSession();
        AgendaEventListener listener = listen(session, firedRuleIds);
        try {
            session.setGlobal("ledger", ledger);
            session.setGlobal("params", parameters);
            for (Object fact : RegionFacts.of(profiles, regionData, parameters, catalog)) {
                session.insert(fact);
            }
            int cap = parameters.maxRuleFirings() * Math.max(1, profiles.size());
            int fired = session.fireAllRules(cap);
            if (fired >= cap) {
                throw new RunawayRulesException(profiles.size() + " places", cap);
            }
            return new RegionEvaluation(ledger.entries(), fired, System.nanoTime() - start, profiles.size());
        } finally {
            unlisten(session, listener);
            session.dispose();
        }
    }

    /** How many facts the region rules would see for these places (for benchmarks). */
    public int regionFactCount(List<Profile> profiles) {
        return RegionFacts.of(profiles, regionData, parameters, catalog).size();
    }

    /** The data of {@code region/region.yaml}, parsed and checked when the rules were compiled; null without region rules. */
    public RegionData regionData() { return regionData; }

    /** Whether the rules folder has rules that reason across places. */
    public boolean hasRegionRules() { return regionBase != null; }

    /** The raw bytes of one file of the rules folder (e.g. {@code region/region.yaml}), if it has it. */
    public java.util.Optional<byte[]> file(String name) {
        return java.util.Optional.ofNullable(files.get(name)).map(byte[]::clone);
    }

    public Parameters parameters() { return parameters; }
    public Catalog catalog() { return catalog; }
    /** {@code sha256:} of the rules folder's content: DRL files, parameters and catalog. */
    public String version() { return version; }
    public Instant loadedAt() { return loadedAt; }
    public List<String> files() { return List.copyOf(files.keySet()); }
    public Map<String, RuleInfo> rules() { return rules; }
    /** How the rules were compiled. */
    public RuleBaseLoader.Mode mode() { return mode; }

    /** The engine and build mode, as provenance names them, e.g. "Drools 10.2.0 (executable model)". */
    public String engineDescription() {
        return mode == RuleBaseLoader.Mode.EXECUTABLE_MODEL ? EXECUTABLE_MODEL : CLASSIC;
    }

    /** The engine's names, made once: every answer names its engine. */
    private static final String DROOLS = "Drools " + java.util.Objects.requireNonNullElse(
            KieBase.class.getPackage().getImplementationVersion(), "10");
    private static final String EXECUTABLE_MODEL = DROOLS + " (executable model)";
    private static final String CLASSIC = DROOLS + " (classic DRL)";

    KieBase kieBase() { return kieBase; }

    KieBase regionBase() { return regionBase; }

    /** Every rule file by its name in the rules folder, as compiled. */
    public Map<String, byte[]> fileContents() {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        files.forEach((name, bytes) -> out.put(name, bytes.clone()));
        return out;
    }

    @Override
    public void close() {
        closed = true;
        sessions.shutdown();
        if (regionSessions != null) {
            regionSessions.shutdown();
        }
    }
}
