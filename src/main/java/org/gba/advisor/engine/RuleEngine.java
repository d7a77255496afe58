package org.gba.advisor.engine;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the rule base in service. A request takes the current rule base once and uses it throughout, so
 * it sees one version of the rules from start to end even if another is swapped in meanwhile.
 */
public final class RuleEngine {
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

    /** Compiles the folder aside and swaps it in; on any problem the old rule base keeps serving. */
    public RuleBase reload() {
        RuleBase fresh = loader.load(folder);
        RuleBase old = current.getAndSet(fresh);
        if (old != null) {
            old.close();
        }
        return fresh;
    }
}
