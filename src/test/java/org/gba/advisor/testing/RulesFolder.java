package org.gba.advisor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Copies of the real rules folder that a test may break, and edits of their files. */
public final class RulesFolder {
    private RulesFolder() {
    }

    /** A copy of {@code rules/} at {@code target} (made if absent). */
    public static Path copyTo(Path target) {
        try (Stream<Path> files = Files.walk(TestRules.RULES_DIR)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(TestRules.RULES_DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code rules/} in a new temporary folder. */
    public static Path copy() {
        try {
            return copyTo(Files.createTempDirectory("rules-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites one file of a copy. */
    public static void edit(Path file, UnaryOperator<String> change) {
        try {
            Files.writeString(file, change.apply(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
