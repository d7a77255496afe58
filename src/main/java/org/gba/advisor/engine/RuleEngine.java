package org.gba.advisor.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the rule base in service. A request takes the current rule base once and uses it throughout, so
 * it sees one version of the rules from start to end even if another is swapped in meanwhile.
 */
public final class RuleEngine {
    private static final Duration RETIRE_AFTER = Duration.ofSeconds(60);
    private final Path folder;
    private final RuleBaseLoader loader;
    private final AtomicReference<RuleBase> current = new AtomicReference<>();

    public RuleEngine(Path folder, RuleBaseLoader loader) {
        this(folder, loader, loader.load(folder));
    }

    private RuleEngine(Path folder, RuleBaseLoader loader, RuleBase initial) {
        this.folder = folder;
        this.loader = loader;
        this.current.set(initial);
    }

    /** An engine serving an already compiled rule base, e.g. one shared by many tests. */
    public static RuleEngine serving(Path folder, RuleBase rules) {
        return new RuleEngine(folder, new RuleBaseLoader(), rules);
    }

    public RuleBase current() {
        return current.get();
    }

    public Path folder() {
        return folder;
    }

    /** Compiles the folder aside without serving it, e.g. to see what it would change; throws on any problem. */
    public RuleBase compileCandidate() {
        return loader.load(folder);
    }

    /**
     * Compiles a bundle of rule files (e.g. a version from the store) aside without serving it; throws on any
     * problem. The DRL of the rules in service is not compiled again when the bundle's is the same.
     */
    public RuleBase compile(java.util.Map<String, byte[]> files, String origin) {
        return loader.load(files, origin, current.get());
    }

    /** How this engine compiles: every instance compiles the same bundle in its own mode. */
    public RuleBaseLoader.Mode mode() {
        return loader.mode();
    }

    /** Compiles the folder aside and swaps it in; on any problem the old rule base keeps serving. */
    public synchronized RuleBase reload() {
        return swap(loader.load(folder));
    }

    /**
     * Serves {@code fresh} from now on: requests that took the old rule base finish with it. Returns {@code fresh}.
     */
    public synchronized RuleBase swap(RuleBase fresh) {
        RuleBase old = current.getAndSet(fresh);
        if (old == fresh) {
            return fresh;
        }
        if (old != null) {
            // Requests that took the old rule base before the swap may still be evaluating with it: its session
            // pool is shut down only after they have had time to finish (and evaluate() does without the pool).
            CompletableFuture.delayedExecutor(RETIRE_AFTER.toSeconds(), TimeUnit.SECONDS).execute(old::close);
        }
        return fresh;
    }
}
