package org.gba.advisor.engine;

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
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.drools.base.util.Drools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Java classes a classic build compiles from the rules' consequences, kept in a folder between starts so that
 * the same DRL is not compiled by the Java compiler again: that compile, with the JIT work it causes, was about a
 * third of the rules' build and a sixth of a start's CPU. Drools parses and builds the rules as ever (so a folder
 * that does not compile still fails); only the bytecode of a consequence whose class it finds here is taken from here.
 *
 * <p>Bytecode is trusted only for exactly what it was compiled from: the key is a digest of the DRL files, the Drools
 * and Java versions, and every class of the two packages a rule can name ({@code engine.facts}, {@code vocabulary}),
 * so that a new build whose facts changed never runs bytecode linked against the old ones. A file is checked by its
 * own digest when read, and written under a temporary name and moved into place, so a crash mid-write leaves no file
 * that is read; anything unreadable is ignored and compiled afresh. The folder keeps the most recently used sets.
 */
public final class CompiledClasses {
    private static final Logger log = LoggerFactory.getLogger(CompiledClasses.class);
    private static final String MAGIC = "gba-advisor compiled rule classes 1";
    private static final String SUFFIX = ".classes";
    /** The packages whose classes the rules' consequences are compiled against (the DRL imports only these). */
    private static final List<String> RULE_PACKAGES = List.of("org/gba/advisor/engine/facts/",
            "org/gba/advisor/vocabulary/");
    private static final CompiledClasses NONE = new CompiledClasses(null, 0, "");

    private final Path folder;
    private final int kept;
    private final String fingerprint;
    private final java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();

    private CompiledClasses(Path folder, int kept, String fingerprint) {
        this.folder = folder;
        this.kept = kept;
        this.fingerprint = fingerprint;
    }

    /** No folder: every build compiles its consequences. */
    public static CompiledClasses none() {
        return NONE;
    }

    /**
     * Classes kept in {@code folder}, at most {@code kept} rule sets of them; none if the classes the rules are
     * compiled against cannot be read (then nothing could tell a stale file from a good one).
     */
    public static CompiledClasses in(Path folder, int kept) {
        String fingerprint = fingerprint(CompiledClasses.class.getClassLoader());
        if (fingerprint == null) {
            log.info("Compiled rule classes are not kept: the classes of {} could not be read", RULE_PACKAGES);
            return NONE;
        }
        return new CompiledClasses(folder, Math.max(1, kept), fingerprint);
    }

    /** Whether classes are kept at all. */
    public boolean enabled() {
        return folder != null;
    }

    /** How many classes this has handed to builds so far (for the log and the tests). */
    public long served() {
        return served.get();
    }

    /** The key of the classes compiled from {@code drl} (names to texts) with this build of the application. */
    String key(Map<String, String> drl) {
        MessageDigest digest = sha256();
        update(digest, MAGIC);
        update(digest, Drools.getFullVersion());
        update(digest, Runtime.version().toString());
        update(digest, fingerprint);
        new TreeMap<>(drl).forEach((name, text) -> {
            update(digest, name);
            update(digest, text);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The classes kept under {@code key} (class file names to bytecode), or null if none are, or unreadable. */
    Map<String, byte[]> read(String key) {
        if (folder == null) {
            return null;
        }
        Path file = folder.resolve(key + SUFFIX);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            log.warn("Compiled rule classes in {} not read ({}); compiling", file, e.toString());
            return null;
        }
        Map<String, byte[]> classes = decode(bytes, key);
        if (classes == null) {
            log.warn("Compiled rule classes in {} are damaged or not for these rules; compiling", file);
            return null;
        }
        served.addAndGet(classes.size());
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now())); // used: kept longest
        } catch (IOException e) {
            // a read-only folder still serves
        }
        return classes;
    }

    /** Keeps {@code classes} under {@code key}; a folder that cannot be written is logged, never fails a build. */
    void write(String key, Map<String, byte[]> classes) {
        if (folder == null || classes.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(key + SUFFIX);
            Path tmp = Files.createTempFile(folder, key, ".tmp");
            try {
                Files.write(tmp, encode(key, classes));
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            prune();
        } catch (IOException | UncheckedIOException e) {
            log.warn("Compiled rule classes not kept in {}: {}", folder, e.toString());
        }
    }

    /** Deletes all but the {@code kept} most recently used sets, and temporary files a crash left. */
    private void prune() throws IOException {
        List<Path> sets;
        try (Stream<Path> files = Files.list(folder)) {
            sets = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList());
        }
        sets.sort(Comparator.comparing(CompiledClasses::modified).reversed());
        for (Path old : sets.subList(Math.min(kept, sets.size()), sets.size())) {
            Files.deleteIfExists(old);
        }
        Instant stale = Instant.now().minusSeconds(3600);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path tmp : files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
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

    static byte[] encode(String key, Map<String, byte[]> classes) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeUTF(MAGIC);
            out.writeUTF(key);
            out.writeInt(classes.size());
            for (Map.Entry<String, byte[]> e : new TreeMap<>(classes).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
            out.flush();
            byte[] body = buffer.toByteArray();
            out.write(sha256().digest(body));
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classes of a file written by {@link #encode} for {@code key}, or null if it is anything else. */
    static Map<String, byte[]> decode(byte[] bytes, String key) {
        int digestLength = 32;
        if (bytes.length < digestLength) {
            return null;
        }
        MessageDigest digest = sha256();
        digest.update(bytes, 0, bytes.length - digestLength);
        byte[] expected = digest.digest();
        for (int i = 0; i < digestLength; i++) {
            if (expected[i] != bytes[bytes.length - digestLength + i]) {
                return null;
            }
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0,
                bytes.length - digestLength))) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return null;
            }
            int count = in.readInt();
            Map<String, byte[]> classes = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                byte[] code = new byte[in.readInt()];
                in.readFully(code);
                classes.put(name, code);
            }
            return in.available() == 0 ? Collections.unmodifiableMap(classes) : null;
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
            digest.update(code);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void readClasses(URL url, String pkg, Map<String, byte[]> out)
            throws IOException, URISyntaxException {
        if ("file".equals(url.getProtocol())) {
            Path dir = Path.of(url.toURI());
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    out.put(pkg + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        } else if (url.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            String prefix = jar.getEntryName();
            try (JarFile file = jar.getJarFile()) {
                for (JarEntry entry : Collections.list(file.entries())) {
                    if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")) {
                        try (InputStream in = file.getInputStream(entry)) {
                            out.put(pkg + entry.getName().substring(prefix.length()), in.readAllBytes());
                        }
                    }
                }
            }
        } else {
            throw new IOException("cannot list " + url);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
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
