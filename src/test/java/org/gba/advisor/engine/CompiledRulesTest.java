package org.gba.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.RulesFolder;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule bases a classic build compiled are kept and read back only for the very same DRL and the very same classes
 * of the rules' vocabulary, and a rule base read back advises exactly as a compiled one.
 */
class CompiledRulesTest {
    @TempDir
    Path tmp;

    private RuleBase load(CompiledRules kept, Path rules) {
        return new RuleBaseLoader(RuleBaseLoader.Mode.CLASSIC, EvaluationObserver.NONE, kept).load(rules);
    }

    private List<Path> kept(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".rules")).sorted().toList();
        }
    }

    @Test
    void aSecondLoadReadsTheKeptRuleBasesAndAdvisesEveryFixtureAlike() throws IOException {
        CompiledRules kept = CompiledRules.in(tmp, 8);
        assertThat(kept.enabled()).isTrue();
        load(kept, TestRules.RULES_DIR).close();
        assertThat(kept.served()).isZero();
        assertThat(kept(tmp)).hasSize(2); // the single-place rules and the region's
        RuleBase read = load(kept, TestRules.RULES_DIR);
        assertThat(kept.served()).isEqualTo(2);
        assertThat(read.rules()).isEqualTo(TestRules.RULES.rules());
        assertThat(read.version()).isEqualTo(TestRules.RULES.version());
        assertThat(read.incremental()).isEqualTo(TestRules.RULES.incremental());
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC);
        AdviceService compiled = new AdviceService(TestRules.ENGINE, clock, Fixtures.VALIDATOR);
        AdviceService fromFile = new AdviceService(RuleEngine.serving(TestRules.RULES_DIR, read), clock,
                Fixtures.VALIDATOR);
        for (Profile p : Fixtures.all()) {
            assertThat(read.evaluate(p).evidence()).as(p.id()).isEqualTo(TestRules.RULES.evaluate(p).evidence());
            assertThat(read.evaluate(p).latent()).as(p.id()).isEqualTo(TestRules.RULES.evaluate(p).latent());
            // the data gaps move one session from probe to probe: truth maintenance and property reactivity too
            // (the provenance differs by the time each was loaded and the time each evaluation took)
            assertThat(fromFile.advise(p, Lang.EN).withProvenance(null)).as(p.id())
                    .isEqualTo(compiled.advise(p, Lang.EN).withProvenance(null));
        }
        assertThat(read.evaluateRegion(Fixtures.all()).evidence())
                .isEqualTo(TestRules.RULES.evaluateRegion(Fixtures.all()).evidence());
        read.close();
    }

    @Test
    void aChangedRuleIsCompiledAfreshAndItsChangeShows() throws IOException {
        Path rules = copyOfRules();
        CompiledRules kept = CompiledRules.in(tmp.resolve("kept"), 8);
        load(kept, rules).close();
        Path drl = rules.resolve("diagnosis/c2-basic-research.drl");
        String renamed = "A low basic-research share of R&D shows weak basic research";
        Files.writeString(drl, Files.readString(drl).replace(
                "rule \"A low basic-research share of R&D means weak basic research\"", "rule \"" + renamed + "\""));
        RuleBase changed = load(kept, rules);
        assertThat(kept.served()).as("only the region's rules, which did not change").isEqualTo(1);
        assertThat(kept(tmp.resolve("kept"))).hasSize(3);
        Profile dongguan = Fixtures.get("dongguan").withIndicator(new org.gba.advisor.vocabulary.Figure(
                "basic-research-share", 1.0, "%", 2023, "a test", null));
        assertThat(changed.evaluate(dongguan).evidence()).filteredOn(e -> e.ruleId().equals(
                "c2.basic-research-share-low")).extracting(e -> e.ruleName()).containsExactly(renamed);
        changed.close();
        RuleBase again = load(kept, rules);
        assertThat(kept.served()).isEqualTo(3);
        assertThat(again.evaluate(dongguan).evidence()).filteredOn(e -> e.ruleId().equals(
                "c2.basic-research-share-low")).extracting(e -> e.ruleName()).containsExactly(renamed);
        again.close();
    }

    @Test
    void aRuleBaseReadBackThatFailsItsChecksIsForgottenAndCompiledAfresh() throws IOException {
        CompiledRules kept = CompiledRules.in(tmp, 8);
        load(kept, TestRules.RULES_DIR).close();
        // the single-place rules' file holding the region's packages: they read back, but lack every rule checked
        List<Path> files = kept(tmp);
        Path larger = Files.size(files.get(0)) > Files.size(files.get(1)) ? files.get(0) : files.get(1);
        Path smaller = larger.equals(files.get(0)) ? files.get(1) : files.get(0);
        String mainKey = larger.getFileName().toString().replace(".rules", "");
        String regionKey = smaller.getFileName().toString().replace(".rules", "");
        Files.write(larger, CompiledRules.encode(mainKey, CompiledRules.decode(Files.readAllBytes(smaller), regionKey)));
        RuleBase rebuilt = load(kept, TestRules.RULES_DIR);
        assertThat(rebuilt.rules()).isEqualTo(TestRules.RULES.rules());
        assertEvaluatesAsCompiled(rebuilt);
        rebuilt.close();
        long before = kept.served();
        load(kept, TestRules.RULES_DIR).close();
        assertThat(kept.served() - before).as("both kept again, as compiled").isEqualTo(2);
    }

    @Test
    void aFolderThatCannotBeWrittenKeepsNothingAndFailsNothing() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        CompiledRules kept = CompiledRules.in(file, 8);
        RuleBase rules = load(kept, TestRules.RULES_DIR);
        assertThat(rules.rules()).isEqualTo(TestRules.RULES.rules());
        rules.close();
        load(kept, TestRules.RULES_DIR).close();
        assertThat(kept.served()).isZero();
    }

    @Test
    void onlyDrlThatNamesNothingButTheJdkAndTheVocabularyIsKept() {
        CompiledRules kept = CompiledRules.in(tmp, 8);
        String vocabulary = "import java.util.List;\nimport org.gba.advisor.engine.facts.Asset;\n"
                + "import org.gba.advisor.vocabulary.ActionId;\nrule \"x\" when then "
                + "org.gba.advisor.vocabulary.Severity.HIGH.name(); end";
        assertThat(CompiledRules.namesOnlyTheVocabulary(vocabulary)).isTrue();
        assertThat(kept.key(Map.of("a.drl", vocabulary))).isNotNull();
        for (String other : List.of("import org.gba.advisor.engine.RuleBase;",
                "import com.example.Something;", "import static org.gba.advisor.system.Problem.of;",
                "import function org.gba.advisor.audit.AuditLog.write;",
                "rule \"x\" when then org.gba.advisor.profiles.ProfileStore.class.getName(); end")) {
            assertThat(CompiledRules.namesOnlyTheVocabulary(other)).as(other).isFalse();
            assertThat(kept.key(Map.of("a.drl", vocabulary, "b.drl", other))).as(other).isNull();
        }
    }

    @Test
    void aDamagedFileIsIgnoredAndWrittenAgain() throws IOException {
        CompiledRules kept = keptAfterOneLoad();
        for (Path file : kept(tmp)) {
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 1;
            Files.write(file, bytes);
        }
        RuleBase rebuilt = load(kept, TestRules.RULES_DIR);
        assertThat(kept.served()).isZero();
        assertEvaluatesAsCompiled(rebuilt);
        rebuilt.close();
        load(kept, TestRules.RULES_DIR).close();
        assertThat(kept.served()).isEqualTo(2);
    }

    @Test
    void aWriteKilledMidWayLeavesNothingThatIsRead() throws IOException {
        CompiledRules kept = keptAfterOneLoad();
        for (Path file : kept(tmp)) {
            // what kill -9 during a write leaves: the temporary file, part written; the kept file is the old one
            byte[] whole = Files.readAllBytes(file);
            Files.write(tmp.resolve(file.getFileName() + ".123.tmp"), java.util.Arrays.copyOf(whole, whole.length / 3));
        }
        RuleBase read = load(kept, TestRules.RULES_DIR);
        assertThat(kept.served()).isEqualTo(2);
        assertEvaluatesAsCompiled(read);
        read.close();
    }

    @Test
    void packagesThatCannotBeReadBackAreCompiledAfresh() throws IOException {
        CompiledRules kept = keptAfterOneLoad();
        for (Path file : kept(tmp)) {
            String key = file.getFileName().toString().replace(".rules", "");
            Files.write(file, CompiledRules.encode(key, "not Drools' packages".getBytes(StandardCharsets.UTF_8)));
        }
        RuleBase rebuilt = load(kept, TestRules.RULES_DIR);
        assertThat(kept.served()).isZero();
        assertThat(rebuilt.rules()).isEqualTo(TestRules.RULES.rules());
        rebuilt.close();
    }

    @Test
    void onlyTheMostRecentlyUsedRuleBasesAreKept() throws IOException {
        Path rules = copyOfRules();
        Path folder = tmp.resolve("kept");
        CompiledRules kept = CompiledRules.in(folder, 2);
        load(kept, rules).close(); // two: the single-place rules and the region's
        List<Path> first = kept(folder);
        Path drl = rules.resolve("diagnosis/c2-basic-research.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// changed\n");
        load(kept, rules).close(); // the region's read back (so used last but one), the changed rules kept
        List<Path> now = kept(folder);
        assertThat(now).hasSize(2);
        assertThat(first).filteredOn(now::contains).as("the region's, read back just now").hasSize(1);
        assertThat(first).filteredOn(p -> !now.contains(p)).as("the unchanged single-place rules', unused since")
                .hasSize(1);
        long before = kept.served();
        load(kept, rules).close();
        assertThat(kept.served() - before).as("both kept ones read back").isEqualTo(2);
    }

    @Test
    void aFileIsReadOnlyForItsOwnKeyAndWhole() {
        byte[] file = CompiledRules.encode("k1", new byte[] {1, 2, 3});
        assertThat(CompiledRules.decode(file, "k1")).containsExactly(1, 2, 3);
        assertThat(CompiledRules.decode(file, "k2")).isNull();
        assertThat(CompiledRules.decode(java.util.Arrays.copyOf(file, file.length - 1), "k1")).isNull();
        assertThat(CompiledRules.decode(new byte[0], "k1")).isNull();
    }

    @Test
    void theKeyChangesWithTheDrlAndTheFingerprintWithTheVocabularyClasses() throws Exception {
        CompiledRules kept = CompiledRules.in(tmp, 8);
        assertThat(kept.key(Map.of("a.drl", "rule x"))).isEqualTo(kept.key(Map.of("a.drl", "rule x")))
                .isNotEqualTo(kept.key(Map.of("a.drl", "rule y"))).isNotEqualTo(kept.key(Map.of("b.drl", "rule x")));
        Path classes = Path.of(CompiledRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String fromFolder;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            fromFolder = CompiledRules.fingerprint(loader);
        }
        assertThat(fromFolder).isNotNull();
        assertThat(CompiledRules.fingerprint(CompiledRules.class.getClassLoader()))
                .as("the test classes of those packages count too").isNotNull().isNotEqualTo(fromFolder);
        Path jar = tmp.resolve("app.jar");
        writeJar(classes, jar, null);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(CompiledRules.fingerprint(loader)).as("the same classes in a jar").isEqualTo(fromFolder);
        }
        Path changed = tmp.resolve("changed.jar");
        writeJar(classes, changed, "org/gba/advisor/engine/facts/Asset.class");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {changed.toUri().toURL()}, null)) {
            assertThat(CompiledRules.fingerprint(loader)).as("one fact class changed").isNotNull()
                    .isNotEqualTo(fromFolder);
        }
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(CompiledRules.fingerprint(empty)).as("nothing to read: nothing kept").isNull();
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

    /** A folder of kept rule bases, after one load of the rules has compiled and kept them. */
    private CompiledRules keptAfterOneLoad() {
        CompiledRules kept = CompiledRules.in(tmp, 8);
        load(kept, TestRules.RULES_DIR).close();
        return kept;
    }

    private static void assertEvaluatesAsCompiled(RuleBase rules) {
        Profile dongguan = Fixtures.get("dongguan");
        assertThat(rules.evaluate(dongguan).evidence()).isEqualTo(TestRules.RULES.evaluate(dongguan).evidence());
    }

    private Path copyOfRules() {
        return RulesFolder.copyTo(tmp.resolve("rules"));
    }
}
