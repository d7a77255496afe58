package org.gba.advisor.profiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.gba.advisor.vocabulary.ProfileValidator;
import tools.jackson.core.JacksonException;

/**
 * The built-in sample profiles, read from the fixtures folder at start-up: every {@code <id>.json} except
 * the expected outcomes ({@code <id>.expect.json}). A fixture that does not parse or validate stops the
 * start, naming the file and the problem.
 */
public final class SampleProfiles {
    public static final String EXPECTATION_SUFFIX = ".expect.json";

    private final Map<String, Profile> byId;

    public SampleProfiles(Map<String, Profile> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static SampleProfiles load(Path folder, ProfileValidator validator, Catalog catalog) {
        Map<String, Profile> byId = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : profileFiles(folder)) {
            try {
                Profile p = ProfileJson.MAPPER.readValue(file.toFile(), Profile.class);
                validator.validate(p, catalog).forEach(v -> problems.add(file.getFileName() + " " + v.pointer()
                        + ": " + v.message()));
                String expectedId = file.getFileName().toString().replaceFirst("\\.json$", "");
                if (p.id() != null && !p.id().equals(expectedId)) {
                    problems.add(file.getFileName() + ": id '" + p.id() + "' does not match the file name");
                }
                if (byId.put(p.id(), p) != null) {
                    problems.add(file.getFileName() + ": duplicate id " + p.id());
                }
            } catch (JacksonException e) {
                problems.add(file.getFileName() + ": " + e.getOriginalMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("fixtures in " + folder + " are not valid:\n  "
                    + String.join("\n  ", problems));
        }
        return new SampleProfiles(byId);
    }

    /** The profile files of a fixtures folder, sorted by name. */
    public static List<Path> profileFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder.toRealPath())) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !f.toString().endsWith(EXPECTATION_SUFFIX))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixtures folder " + folder.toAbsolutePath(), e);
        }
    }

    /**
     * The same places with every asset they name within reach resolved among themselves; a fixture naming an
     * unknown place or asset stops the start like any invalid fixture.
     */
    public SampleProfiles withReachResolved(org.gba.advisor.engine.facts.Parameters.Reach reach) {
        Neighbours among = Neighbours.builtIn(this);
        Map<String, Profile> resolved = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        byId.forEach((id, p) -> {
            try {
                resolved.put(id, among.resolve(p, null, reach));
            } catch (org.gba.advisor.vocabulary.InvalidProfileException e) {
                e.violations().forEach(v -> problems.add(id + ".json " + v.pointer() + ": " + v.message()));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("fixtures are not valid:\n  " + String.join("\n  ", problems));
        }
        return new SampleProfiles(resolved);
    }

    public Optional<Profile> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Profile get(String id) {
        return find(id).orElseThrow(() -> new UnknownProfileException(id));
    }

    public Collection<Profile> all() {
        return new TreeMap<>(byId).values();
    }
}
