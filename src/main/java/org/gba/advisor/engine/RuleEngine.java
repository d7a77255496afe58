package org.gba.advisor.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the rule base in service. A request takes the current rule base once and uses it throughout, so
 * it sees one version of the rules from start to end even if another is swapped in meanwhile.
 *
 * <p>An engine made with {@link #starting} compiles its first rule base on a thread of its own, so that the
 * application context starts meanwhile; {@link #current()} waits for it, {@link #compiledOrNull()} does not.
 */
public final class RuleEngine {
    private static final Duration RETIRE_AFTER = Duration.ofSeconds(60);
    private final Path folder;
    private final RuleBaseLoader loader;
    private final AtomicReference<RuleBase> current = new AtomicReference<>();
    private final RuleBaseLoader.Sources initialSources;
    private final CompletableFuture<RuleBase> initial;

    /** Compiles the folder here and now; throws on any problem. */
    public RuleEngine(Path folder, RuleBaseLoader loader) {
        this(folder, loader, loader.load(folder));
    }

    private RuleEngine(Path folder, RuleBaseLoader loader, RuleBase initial) {
        this.folder = folder;
        this.loader = loader;
        this.current.set(initial);
        this.initialSources = null;
        this.initial = CompletableFuture.completedFuture(initial);
    }

    private RuleEngine(Path folder, RuleBaseLoader loader, RuleBaseLoader.Sources sources, Executor executor) {
        this.folder = folder;
        this.loader = loader;
        this.initialSources = sources;
        this.initial = CompletableFuture.supplyAsync(() -> {
            RuleBase compiled = loader.compile(sources, null);
            if (!current.compareAndSet(null, compiled)) {
                compiled.close(); // a rule base was swapped in before this one was done
            }
            return compiled;
        }, executor);
    }

    /**
     * Reads and checks the folder's files here (parameters, catalog, region data: a problem there throws at once)
     * and compiles its DRL on a daemon thread of its own.
     */
    public static RuleEngine starting(Path folder, RuleBaseLoader loader) {
        return starting(folder, loader, task -> {
            Thread thread = new Thread(task, "rules-compile");
            thread.setDaemon(true); // a start that fails elsewhere must not wait for it
            thread.start();
        });
    }

    /** As {@link #starting(Path, RuleBaseLoader)}, compiling on {@code executor}. */
    public static RuleEngine starting(Path folder, RuleBaseLoader loader, Executor executor) {
        return new RuleEngine(folder, loader, loader.prepare(folder), executor);
    }

    /** An engine serving an already compiled rule base, e.g. one shared by many tests. */
    public static RuleEngine serving(Path folder, RuleBase rules) {
        return new RuleEngine(folder, new RuleBaseLoader(), rules);
    }

    /**
     * The rule base in service; while the first one is still being compiled, waits for it. Throws the compiler's
     * {@link RuleBaseException} if the first compile failed.
     */
    public RuleBase current() {
        RuleBase rules = current.get();
        return rules != null ? rules : awaitFirst();
    }

    /** The rule base in service, or null while the first one is still being compiled (or if that failed). */
    public RuleBase compiledOrNull() {
        return current.get();
    }

    /**
     * Waits for the first compile and returns the rule base in service; throws the compiler's
     * {@link RuleBaseException} (with its files and lines) if it failed.
     */
    public RuleBase awaitFirst() {
        try {
            initial.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        return current.get();
    }

    /**
     * The files, parameters and catalog this engine was started with, read and checked before their compile is done
     * (what start-up needs of the rules before the first request, e.g. to read the sample profiles); for an engine
     * made otherwise, those of the rule base it serves.
     */
    public RuleBaseLoader.Sources initialSources() {
        if (initialSources != null) {
            return initialSources;
        }
        RuleBase rules = current();
        return new RuleBaseLoader.Sources(rules.fileContents(), folder.toString(), rules.parameters(), rules.catalog(),
                rules.regionData(), java.util.Map.of(), java.util.Map.of());
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
