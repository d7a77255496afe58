package org.gba.advisor.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.util.Drools;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule bases a classic build compiled, kept in a folder between starts as Drools' own serialised packages (the rules,
 * their constraints and the bytecode of their consequences), so that the same DRL is not parsed, built and compiled
 * by the Java compiler again: that build, with the JIT work it causes, took about 6 s of CPU of a cold process
 * against about 2 s to read the packages back. A start, reload or rollback of DRL compiled before takes them from
 * here; any other DRL is compiled as ever (so a folder that does not compile still fails with its file and line).
 *
 * <p>Packages are trusted only for exactly what they were compiled from: the key is a digest of the DRL files, the
 * Drools and Java versions, and every class of the two packages a rule can name ({@code engine.facts},
 * {@code vocabulary}), so that a new build whose facts changed never runs bytecode linked against the old ones. A file
 * is checked by its own digest when read, and written under a temporary name and moved into place, so a crash
 * mid-write leaves no file that is read; anything unreadable is ignored and compiled afresh. The folder keeps the most
 * recently used rule bases.
 */
public final class CompiledRules {
    private static final Logger log = LoggerFactory.getLogger(CompiledRules.class);
    private static final String MAGIC = "gba-advisor compiled rule packages 1";
    private static final String SUFFIX = ".rules";
    /** The packages whose classes the rules' consequences are compiled against (the DRL imports only these). */
    private static final List<String> RULE_PACKAGES = List.of("org/gba/advisor/engine/facts/",
            "org/gba/advisor/vocabulary/");
    private static final CompiledRules NONE = new CompiledRules(null, 0, "");
    private static final Pattern IMPORT =
            Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+|function\\s+)*([\\w.$*]+)");
    private static final Pattern OUR_NAME = Pattern.compile("\\borg\\.gba\\.[\\w.]+");
    /** A file larger than this is not read back (the rules' packages are under a megabyte). */
    private static final long LARGEST = 64L << 20;

    private final Path folder;
    private final int kept;
    /** The digest of the rules' vocabulary classes, read once; "" if they could not be read (nothing is kept). */
    private volatile String fingerprint;
    private final AtomicLong served = new AtomicLong();

    private CompiledRules(Path folder, int kept, String fingerprint) {
        this.folder = folder;
        this.kept = kept;
        this.fingerprint = fingerprint;
    }

    /** No folder: every DRL is compiled. */
    public static CompiledRules none() {
        return NONE;
    }

    /**
     * Rule bases kept in {@code folder}, at most {@code kept} of them. Nothing is read yet: the classes the key digests
     * are read by the first build that asks for a key (on the rules' own thread at start-up, not on the main one).
     */
    public static CompiledRules in(Path folder, int kept) {
        return new CompiledRules(folder, Math.max(1, kept), null);
    }

    /**
     * Whether a DRL file names no class of this application outside the two packages the key digests, and imports
     * nothing else but the JDK's: what it does name otherwise could change in a new build without changing the key.
     * The rules' own convention (docs/architecture.md); a file that breaks it is simply compiled every time.
     */
    static boolean namesOnlyTheVocabulary(String drl) {
        Matcher imports = IMPORT.matcher(drl);
        while (imports.find()) {
            String name = imports.group(1);
            if (!name.startsWith("java.") && !inVocabulary(name)) {
                return false;
            }
        }
        Matcher ours = OUR_NAME.matcher(drl);
        while (ours.find()) {
            if (!inVocabulary(ours.group())) {
                return false;
            }
        }
        return true;
    }

    private static boolean inVocabulary(String name) {
        return RULE_PACKAGES.stream().anyMatch(p -> name.startsWith(p.replace('/', '.')));
    }

    private String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = fingerprint(CompiledRules.class.getClassLoader());
            if (known == null) {
                log.info("Compiled rules are not kept: the classes of {} could not be read", RULE_PACKAGES);
                known = "";
            }
            fingerprint = known;
        }
        return known;
    }

    /** Whether rule bases are kept at all. */
    public boolean enabled() {
        return folder != null;
    }

    /** How many rule bases this has read back instead of their DRL being compiled (for the log and the tests). */
    public long served() {
        return served.get();
    }

    /**
     * The key of the rule base compiled from {@code drl} (names to texts) with this build of the application, or null
     * if none can be made (the classes the rules are compiled against could not be read: then nothing could tell a
     * stale file from a good one, and nothing is kept).
     */
    String key(Map<String, String> drl) {
        String fingerprint = fingerprint();
        if (fingerprint.isEmpty() || !drl.values().stream().allMatch(CompiledRules::namesOnlyTheVocabulary)) {
            return null;
        }
        MessageDigest digest = sha256();
        update(digest, MAGIC);
        update(digest, Drools.getFullVersion());
        update(digest, Runtime.version().toString());
        // Drools' settings change what a build makes (property reactivity, the Java dialect's compiler and level)
        new TreeMap<>(System.getProperties()).forEach((name, value) -> {
            if (String.valueOf(name).startsWith("drools.")) {
                update(digest, name + "=" + value);
            }
        });
        update(digest, fingerprint);
        new TreeMap<>(drl).forEach((name, text) -> {
            update(digest, name);
            update(digest, text);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The rule base kept under {@code key}, its packages read back into a new rule base, or null if none is kept or
     * it cannot be read (then it is compiled again and written anew).
     */
    KieBase read(String key) {
        byte[] packages = readPayload(key);
        if (packages == null) {
            return null;
        }
        ClassLoader loader = CompiledRules.class.getClassLoader();
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(packages), loader)) {
            @SuppressWarnings("unchecked")
            List<KiePackage> read = (List<KiePackage>) in.readObject();
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(configuration(loader));
            base.addPackages(read);
            served.incrementAndGet();
            return base;
        } catch (Exception | LinkageError | StackOverflowError e) {
            log.warn("Compiled rules {} could not be read back ({}); compiling", key, e.toString());
            return null;
        }
    }

    /**
     * The configuration a compiled rule base gets from its module (Drools' {@code AbstractKieModule}): the default
     * rule-base model's options, set explicitly, so that no system property makes a read-back one behave otherwise.
     */
    private static KieBaseConfiguration configuration(ClassLoader loader) {
        KieBaseModel model = KieServices.get().newKieModuleModel().newKieBaseModel("kept");
        KieBaseConfiguration configuration = RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader);
        configuration.setOption(model.getEqualsBehavior());
        configuration.setOption(model.getEventProcessingMode());
        configuration.setOption(model.getDeclarativeAgenda());
        configuration.setOption(model.getSequential());
        configuration.setOption(model.getSessionsPool());
        configuration.setOption(model.getMutability());
        return configuration;
    }

    /** Deletes what is kept under {@code key} (it was read back but failed checks a compiled one would pass). */
    void forget(String key) {
        if (folder != null && key != null) {
            try {
                Files.deleteIfExists(folder.resolve(key + SUFFIX));
            } catch (IOException e) {
                log.warn("Compiled rules {} not deleted from {}: {}", key, folder, e.toString());
            }
        }
    }

    @Override
    public String toString() {
        return folder == null ? "nowhere" : folder.toString();
    }

    /**
     * Keeps the packages of {@code kieBase}, just compiled from the DRL of {@code key} and not yet used (its
     * constraints are not yet being rewritten by Drools' JIT); a folder that cannot be written is logged, never fails a
     * build.
     */
    void write(String key, KieBase kieBase) {
        if (folder == null) {
            return;
        }
        try {
            ByteArrayOutputStream packages = new ByteArrayOutputStream();
            try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(packages)) {
                out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            }
            writePayload(key, packages.toByteArray());
        } catch (Exception | LinkageError | StackOverflowError e) {
            log.warn("Compiled rules not kept in {}: {}", folder, e.toString());
            return;
        }
        try {
            prune();
        } catch (IOException | RuntimeException e) {
            log.warn("Old compiled rules not pruned in {}: {}", folder, e.toString());
        }
    }

    private byte[] readPayload(String key) {
        if (folder == null) {
            return null;
        }
        Path file = folder.resolve(key + SUFFIX);
        byte[] bytes;
        try {
            if (Files.size(file) > LARGEST) {
                log.warn("Compiled rules in {} are larger than any rules' packages; compiling", file);
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            log.warn("Compiled rules in {} not read ({}); compiling", file, e.toString());
            return null;
        }
        byte[] payload = decode(bytes, key);
        if (payload == null) {
            log.warn("Compiled rules in {} are damaged or not for these rules; compiling", file);
            return null;
        }
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now())); // used: kept longest
        } catch (IOException e) {
            // a read-only folder still serves
        }
        return payload;
    }

    private void writePayload(String key, byte[] payload) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(key + SUFFIX);
        Path tmp = Files.createTempFile(folder, key, ".tmp");
        try {
            Files.write(tmp, encode(key, payload));
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Deletes all but the {@code kept} most recently used rule bases, and temporary files a crash left. */
    private void prune() throws IOException {
        List<Path> sets;
        try (Stream<Path> files = Files.list(folder)) {
            sets = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList());
        }
        sets.sort(Comparator.comparing(CompiledRules::modified).reversed());
        for (Path old : sets.subList(Math.min(kept, sets.size()), sets.size())) {
            Files.deleteIfExists(old);
        }
        Instant stale = Instant.now().minusSeconds(3600);
        try (Stream<Path> files = Files.list(folder)) {
            // and the bytecode an earlier form of this folder kept (".classes")
            for (Path tmp : files.filter(p -> p.getFileName().toString().endsWith(".tmp")
                    || p.getFileName().toString().endsWith(".classes")).toList()) {
                if (modified(tmp).toInstant().isBefore(stale)) {
                    Files.deleteIfExists(tmp);
                }
            }
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** A file of {@code payload} for {@code key}: a header naming both, the payload, and a digest of all that. */
    static byte[] encode(String key, byte[] payload) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(payload.length + 200);
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeUTF(MAGIC);
            out.writeUTF(key);
            out.writeInt(payload.length);
            out.write(payload);
            out.flush();
            out.write(sha256().digest(buffer.toByteArray()));
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload of a file written by {@link #encode} for {@code key}, or null if it is anything else. */
    static byte[] decode(byte[] bytes, String key) {
        int digestLength = 32;
        if (bytes.length < digestLength) {
            return null;
        }
        MessageDigest digest = sha256();
        digest.update(bytes, 0, bytes.length - digestLength);
        if (!MessageDigest.isEqual(digest.digest(), Arrays.copyOfRange(bytes, bytes.length - digestLength,
                bytes.length))) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0,
                bytes.length - digestLength))) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return null;
            }
            byte[] payload = new byte[in.readInt()];
            in.readFully(payload);
            return in.available() == 0 ? payload : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A digest of every class file of the packages the rules are compiled against, as {@code loader} finds them
     * (a folder of classes or a jar, nested or not), or null if none could be read.
     */
    static String fingerprint(ClassLoader loader) {
        Map<String, byte[]> classes = new TreeMap<>();
        try {
            for (String pkg : RULE_PACKAGES) {
                for (URL url : Collections.list(loader.getResources(pkg))) {
                    readClasses(url, pkg, classes);
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            log.debug("rule classes not read", e);
            return null;
        }
        if (RULE_PACKAGES.stream().anyMatch(p -> classes.keySet().stream().noneMatch(c -> c.startsWith(p)))) {
            return null;
        }
        MessageDigest digest = sha256();
        classes.forEach((name, code) -> {
            update(digest, name);
            update(digest, code);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void readClasses(URL url, String pkg, Map<String, byte[]> out)
            throws IOException, URISyntaxException {
        if ("file".equals(url.getProtocol())) {
            Path dir = Path.of(url.toURI());
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    out.putIfAbsent(pkg + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        } else if (url.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            String prefix = jar.getEntryName();
            try (JarFile file = jar.getJarFile()) {
                for (JarEntry entry : Collections.list(file.entries())) {
                    if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")) {
                        try (InputStream in = file.getInputStream(entry)) {
                            // the first of a class path's copies is the one the JVM loads
                            out.putIfAbsent(pkg + entry.getName().substring(prefix.length()), in.readAllBytes());
                        }
                    }
                }
            }
        } else {
            throw new IOException("cannot list " + url);
        }
    }

    private static void update(MessageDigest digest, String text) {
        update(digest, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void update(MessageDigest digest, byte[] bytes) {
        digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                (byte) (bytes.length >>> 8), (byte) bytes.length}); // a length first: two texts never digest as one
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
