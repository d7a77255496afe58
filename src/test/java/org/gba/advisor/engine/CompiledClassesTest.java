package org.gba.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classes a classic build compiled are kept and taken again only for the very same DRL and the very same classes
 * of the rules' vocabulary, and a rule base built from them evaluates exactly as a compiled one.
 */
class CompiledClassesTest {
    @TempDir
    Path tmp;

    private RuleBase load(CompiledClasses kept, Path rules) {
        return new RuleBaseLoader(RuleBaseLoader.Mode.CLASSIC, EvaluationObserver.NONE, kept).load(rules);
    }

    private List<Path> kept(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".classes")).sorted().toList();
        }
    }

    @Test
    void aSecondLoadTakesTheKeptClassesAndEvaluatesEveryFixtureAlike() throws IOException {
        CompiledClasses kept = CompiledClasses.in(tmp, 8);
        assertThat(kept.enabled()).isTrue();
        RuleBase first = load(kept, TestRules.RULES_DIR);
        assertThat(kept.served()).isZero();
        assertThat(kept(tmp)).hasSize(2); // the single-place rules and the region's
        RuleBase second = load(kept, TestRules.RULES_DIR);
        long classes = 0;
        for (Path file : kept(tmp)) {
            String key = file.getFileName().toString().replace(".classes", "");
            classes += CompiledClasses.decode(Files.readAllBytes(file), key).size();
        }
        assertThat(kept.served()).isEqualTo(classes).isGreaterThan(100);
        // the second build's bytecode is the kept one, byte for byte
        Map<String, byte[]> compiled = RuleBaseLoader.classesOf(first.kieBase());
        Map<String, byte[]> taken = RuleBaseLoader.classesOf(second.kieBase());
        assertThat(taken.keySet()).isEqualTo(compiled.keySet());
        compiled.forEach((name, code) -> assertThat(taken.get(name)).as(name).isEqualTo(code));
        for (Profile p : Fixtures.all()) {
            assertThat(second.evaluate(p).evidence()).as(p.id()).isEqualTo(TestRules.RULES.evaluate(p).evidence());
            assertThat(second.evaluate(p).latent()).as(p.id()).isEqualTo(TestRules.RULES.evaluate(p).latent());
        }
        assertThat(second.evaluateRegion(Fixtures.all()).evidence())
                .isEqualTo(TestRules.RULES.evaluateRegion(Fixtures.all()).evidence());
        first.close();
        second.close();
    }

    @Test
    void aChangedConsequenceIsCompiledAfresh() throws IOException {
        Path rules = copyOfRules();
        CompiledClasses kept = CompiledClasses.in(tmp.resolve("kept"), 8);
        load(kept, rules).close();
        Path drl = rules.resolve("diagnosis/c2-basic-research.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("(?m)^then$", "then\n    // changed"));
        RuleBase changed = load(kept, rules);
        assertThat(kept.served()).as("the region's rules did not change").isPositive();
        long regionClasses = kept.served();
        assertThat(kept(tmp.resolve("kept"))).hasSize(3);
        for (Profile p : Fixtures.all()) {
            assertThat(changed.evaluate(p).evidence()).as(p.id()).isEqualTo(TestRules.RULES.evaluate(p).evidence());
        }
        changed.close();
        load(kept, rules).close();
        assertThat(kept.served()).isGreaterThan(regionClasses * 2);
    }

    @Test
    void aDamagedFileIsIgnoredAndWrittenAgain() throws IOException {
        CompiledClasses kept = CompiledClasses.in(tmp, 8);
        load(kept, TestRules.RULES_DIR).close();
        for (Path file : kept(tmp)) {
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 1;
            Files.write(file, bytes);
        }
        RuleBase rebuilt = load(kept, TestRules.RULES_DIR);
        assertThat(kept.served()).isZero();
        Profile dongguan = Fixtures.get("dongguan");
        assertThat(rebuilt.evaluate(dongguan).evidence()).isEqualTo(TestRules.RULES.evaluate(dongguan).evidence());
        rebuilt.close();
        load(kept, TestRules.RULES_DIR).close();
        assertThat(kept.served()).isGreaterThan(100);
    }

    @Test
    void onlyTheMostRecentlyUsedSetsAreKept() throws IOException {
        Path rules = copyOfRules();
        CompiledClasses kept = CompiledClasses.in(tmp.resolve("kept"), 2);
        load(kept, rules).close(); // two sets: single-place and region
        Path drl = rules.resolve("diagnosis/c2-basic-research.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// changed\n");
        load(kept, rules).close();
        assertThat(kept(tmp.resolve("kept"))).hasSize(2);
    }

    @Test
    void aFileIsReadOnlyForItsOwnKeyAndWhole() {
        Map<String, byte[]> classes = new TreeMap<>(Map.of("a/B.class", new byte[] {1, 2, 3}, "a/C.class",
                new byte[] {4}));
        byte[] file = CompiledClasses.encode("k1", classes);
        assertThat(CompiledClasses.decode(file, "k1")).containsOnlyKeys("a/B.class", "a/C.class");
        assertThat(CompiledClasses.decode(file, "k1").get("a/B.class")).containsExactly(1, 2, 3);
        assertThat(CompiledClasses.decode(file, "k2")).isNull();
        assertThat(CompiledClasses.decode(java.util.Arrays.copyOf(file, file.length - 1), "k1")).isNull();
        assertThat(CompiledClasses.decode(new byte[0], "k1")).isNull();
    }

    @Test
    void theKeyChangesWithTheDrlAndTheFingerprintWithTheVocabularyClasses() throws Exception {
        CompiledClasses kept = CompiledClasses.in(tmp, 8);
        assertThat(kept.key(Map.of("a.drl", "rule x"))).isEqualTo(kept.key(Map.of("a.drl", "rule x")))
                .isNotEqualTo(kept.key(Map.of("a.drl", "rule y"))).isNotEqualTo(kept.key(Map.of("b.drl", "rule x")));
        Path classes = Path.of(CompiledClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String fromFolder;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            fromFolder = CompiledClasses.fingerprint(loader);
        }
        assertThat(fromFolder).isNotNull();
        assertThat(CompiledClasses.fingerprint(CompiledClasses.class.getClassLoader()))
                .as("the test classes of those packages count too").isNotNull().isNotEqualTo(fromFolder);
        Path jar = tmp.resolve("app.jar");
        writeJar(classes, jar, null);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(CompiledClasses.fingerprint(loader)).as("the same classes in a jar").isEqualTo(fromFolder);
        }
        Path changed = tmp.resolve("changed.jar");
        writeJar(classes, changed, "org/gba/advisor/engine/facts/Asset.class");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {changed.toUri().toURL()}, null)) {
            assertThat(CompiledClasses.fingerprint(loader)).as("one fact class changed").isNotNull()
                    .isNotEqualTo(fromFolder);
        }
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(CompiledClasses.fingerprint(empty)).as("nothing to read: nothing kept").isNull();
        }
    }

    /** The two packages' classes of {@code root} as a jar with directory entries, one class's bytes changed. */
    private static void writeJar(Path root, Path jar, String changed) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted().toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                boolean dir = Files.isDirectory(p);
                if (name.isEmpty() || !(name.startsWith("org/gba/advisor/engine/facts")
                        || name.startsWith("org/gba/advisor/vocabulary") || "org/gba/advisor/engine".startsWith(name))) {
                    continue;
                }
                out.putNextEntry(new JarEntry(dir ? name + "/" : name));
                if (!dir) {
                    byte[] bytes = Files.readAllBytes(p);
                    if (name.equals(changed)) {
                        bytes[bytes.length - 1] ^= 1;
                    }
                    ((OutputStream) out).write(bytes);
                }
                out.closeEntry();
            }
        }
    }

    private Path copyOfRules() throws IOException {
        Path copy = tmp.resolve("rules");
        try (Stream<Path> files = Files.walk(TestRules.RULES_DIR)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(TestRules.RULES_DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }
}
