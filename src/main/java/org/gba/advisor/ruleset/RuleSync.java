package org.gba.advisor.ruleset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.gba.advisor.audit.AuditLog;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseException;
import org.gba.advisor.engine.RuleEngine;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps this instance on the published rule set. It checks the newest publication when it starts, on every
 * PostgreSQL notification of a publication (LISTEN on {@link RuleSets#CHANNEL}, one connection held for it,
 * reconnected after a loss) and every {@code pollInterval} (the fallback, and the only way on H2). A new version
 * is compiled aside and swapped in; one that does not compile here leaves the old rules serving, and the
 * failure is kept for {@code GET /api/v1/rules} and readiness, said in the audit log and reported to the store,
 * and not tried again until another version is published.
 */
public class RuleSync implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RuleSync.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private final RuleSets sets;
    private final RuleEngine engine;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration pollInterval;
    private final String instance;
    private final DataSource listenOn;
    private volatile boolean running;
    private ScheduledExecutorService poller;
    private Thread listener;
    // guarded by this
    private volatile Integer servingVersion;
    private volatile Failure failure;
    private Instant reportedAt = Instant.EPOCH;
    private volatile boolean listening;

    /**
     * @param listenOn the PostgreSQL data source to LISTEN on, or null (H2: polling only)
     */
    public RuleSync(RuleSets sets, RuleEngine engine, AuditLog audit, Clock clock, Duration pollInterval,
                    String instance, DataSource listenOn) {
        this.sets = sets;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.instance = instance;
        this.listenOn = listenOn;
    }

    /** A published version that this instance could not compile: the old rules keep serving. */
    @Schema(name = "RulesActivationFailure")
    public record Failure(int version, String hash, Instant at, List<String> errors) {
    }

    /** What this instance serves against what is published. */
    public record State(String instance, Integer servingVersion, Integer activeVersion, Failure failure,
                        boolean listening, Duration pollInterval) {
        /** Whether this instance serves another version than the published one because it failed to compile it. */
        public boolean stale() {
            return failure != null && activeVersion != null && failure.version() == activeVersion;
        }
    }

    /**
     * Seeds an empty store with the rules this instance compiled from its folder, then takes up the published
     * version (before the instance is ready, so the first answers already use it).
     */
    public void initialize() {
        RuleBase current = engine.current();
        if (sets.seedIfEmpty(current.fileContents(), instance)) {
            log.info("Stored the rules folder ({}) as rule set 1, published", current.version());
        }
        check();
    }

    /** Takes up the published version if this instance does not serve it yet. Safe to call at any time. */
    public synchronized void check() {
        Optional<RuleSets.Publication> active = sets.active();
        if (active.isEmpty()) {
            return;
        }
        int version = active.get().version();
        Failure failed = failure;
        if ((servingVersion != null && servingVersion == version) || (failed != null && failed.version() == version)) {
            heartbeat(false);
            return;
        }
        RuleSets.Version meta = sets.find(version).orElseThrow();
        RuleBase current = engine.current();
        if (meta.hash().equals(current.version())) {
            adopted(version, meta.hash(), null);
            return;
        }
        try {
            RuleBase fresh = engine.compile(sets.files(version), "rule set " + version);
            if (!fresh.version().equals(meta.hash())) {
                fresh.close();
                throw new RuleBaseException(List.of("rule set " + version + " is stored as " + meta.hash()
                        + " but its files hash to " + fresh.version()));
            }
            engine.swap(fresh);
            adopted(version, meta.hash(), null);
        } catch (RuleBaseException e) {
            failure = new Failure(version, meta.hash(), clock.instant(), e.problems());
            log.error("Rule set {} ({}) was published but does not compile on this instance ({} build); the rules {} "
                    + "keep serving:\n  {}", version, meta.hash(), engine.mode(), current.version(),
                    String.join("\n  ", e.problems()));
            audit.record(instance, "RULES_ACTIVATION_FAILED", "rules@" + version,
                    engine.mode() + " build; still serving " + describeServing() + ":\n" + String.join("\n", e.problems()));
            heartbeat(true);
        }
    }

    /**
     * This instance serves {@code version} from now on, already compiled by the caller (a publication made
     * through this instance, which compiled it first).
     */
    public synchronized void adopt(int version, RuleBase compiled) {
        engine.swap(compiled);
        adopted(version, compiled.version(), null);
    }

    private void adopted(int version, String hash, String note) {
        boolean changed = servingVersion == null || servingVersion != version;
        servingVersion = version;
        failure = null;
        if (changed) {
            log.info("Serving rule set {} ({})", version, hash);
            audit.record(instance, "RULES_ACTIVATED", "rules@" + version, engine.mode() + " build, " + hash
                    + (note == null ? "" : "; " + note));
        }
        heartbeat(true);
    }

    private String describeServing() {
        return servingVersion == null ? engine.current().version() : "rule set " + servingVersion;
    }

    private void heartbeat(boolean now) {
        Instant at = clock.instant();
        if (!now && Duration.between(reportedAt, at).compareTo(HEARTBEAT) < 0) {
            return;
        }
        Failure f = failure;
        sets.report(new RuleSets.InstanceState(instance, engine.mode().name(), servingVersion, engine.current().version(),
                f == null ? null : f.version(), f == null ? null : String.join("\n", f.errors()), at));
        reportedAt = at;
    }

    public State state() {
        Integer active = sets.active().map(RuleSets.Publication::version).orElse(null);
        return new State(instance, servingVersion, active, failure, listening, pollInterval);
    }

    /** The version this instance serves, if it serves a stored one (null before the first check). */
    public Integer servingVersion() {
        return servingVersion;
    }

    public String instance() {
        return instance;
    }

    @Override
    public void start() {
        initialize();
        running = true;
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rules-poll");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::checkQuietly, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        if (listenOn != null) {
            listener = new Thread(this::listen, "rules-listen");
            listener.setDaemon(true);
            listener.start();
        }
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Could not check the published rule set: {}", e.toString());
        }
    }

    /** LISTEN on the channel, checking at once on each notification; after a lost connection, again in a second. */
    private void listen() {
        while (running) {
            try (Connection c = listenOn.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + RuleSets.CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                listening = true;
                checkQuietly(); // whatever was published while this connection was down
                while (running) {
                    PGNotification[] notes = pg.getNotifications(1000);
                    if (notes != null && notes.length > 0) {
                        checkQuietly();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    log.warn("Listening for rule publications failed ({}); polling every {} meanwhile", e.toString(),
                            pollInterval);
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            } finally {
                listening = false;
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (poller != null) {
            poller.shutdownNow();
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** Before the web server starts (its phase is near the last), so that no answer is given with the folder's rules. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
