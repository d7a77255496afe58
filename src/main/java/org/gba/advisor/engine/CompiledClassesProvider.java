package org.gba.advisor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.compiler.kie.builder.impl.AbstractKieModule;
import org.drools.compiler.kie.builder.impl.CompilationCacheProvider;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieMetaInfoBuilder;
import org.kie.api.builder.ReleaseId;
import org.kie.memorycompiler.resources.ResourceStore;

/**
 * Hands Drools' Java dialect the bytecode {@link CompiledClasses} kept for one build (by its release id), so that it
 * skips compiling those consequences; Drools finds this class through {@code META-INF/services}. Drools' own reader
 * of such bytecode groups classes by the name up to the first {@code $}, which the names of rules with a comma or a
 * hyphen contain, so that most of them were never found: each class is offered under its own name here.
 */
public final class CompiledClassesProvider implements CompilationCacheProvider {
    private static final Map<String, InternalKieModule.CompilationCache> OFFERED = new ConcurrentHashMap<>();

    /** Offers {@code classes} (class file names to bytecode) to the build of {@code releaseId}. */
    static void offer(ReleaseId releaseId, Map<String, byte[]> classes) {
        OFFERED.put(releaseId.toString(), new Offered(classes));
    }

    /** Ends the offer to the build of {@code releaseId}. */
    static void withdraw(ReleaseId releaseId) {
        OFFERED.remove(releaseId.toString());
    }

    /**
     * Above Drools' own provider (priority 0, in {@code drools-serialization-protobuf}): were both on the class path
     * with one priority, Drools would refuse to build anything.
     */
    @Override
    public int servicePriority() {
        return 10;
    }

    @Override
    public InternalKieModule.CompilationCache getCompilationCache(AbstractKieModule module,
            Map<String, InternalKieModule.CompilationCache> cache, String kieBaseName) {
        return OFFERED.get(module.getReleaseId().toString());
    }

    @Override
    public void writeKieModuleMetaInfo(InternalKieModule module, ResourceStore target) {
        new KieMetaInfoBuilder(module).writeKieModuleMetaInfo(target); // what Drools does without a provider
    }

    /** The bytecode of one build, each class under its own file name. */
    private static final class Offered extends InternalKieModule.CompilationCache {
        private static final long serialVersionUID = 1L;

        Offered(Map<String, byte[]> classes) {
            Map<String, List<InternalKieModule.CompilationCacheEntry>> byFile = new HashMap<>();
            classes.forEach((name, code) -> byFile.computeIfAbsent(topLevel(name, classes), k -> new ArrayList<>())
                    .add(new InternalKieModule.CompilationCacheEntry(name, code)));
            compilationCache.put("java", byFile);
        }

        /** The class file a class was compiled from: its own, or that of the class it is nested in. */
        private static String topLevel(String name, Map<String, byte[]> classes) {
            String base = name.substring(0, name.length() - ".class".length());
            for (int i = base.lastIndexOf('$'); i > 0; i = base.lastIndexOf('$', i - 1)) {
                String outer = base.substring(0, i) + ".class";
                if (classes.containsKey(outer)) {
                    return topLevel(outer, classes);
                }
            }
            return name;
        }
    }
}
