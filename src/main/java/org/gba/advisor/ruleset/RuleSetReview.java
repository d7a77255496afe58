package org.gba.advisor.ruleset;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.advice.ExplainedChange;
import org.gba.advisor.advice.Expectation;
import org.gba.advisor.advice.Ranked;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.profiles.ProfileStore;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What a change of the rules does before anyone serves it: every stored profile's current version replayed under
 * both rule bases (what enters, leaves or moves, with the evidence that changed), the fixtures' expected outcomes
 * under both, and the difference of two versions' files field by field.
 */
public class RuleSetReview {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private final ProfileStore store;
    private final AdviceService advice;
    private final SampleProfiles samples;
    private final Path fixturesDir;

    public RuleSetReview(ProfileStore store, AdviceService advice, SampleProfiles samples, Path fixturesDir) {
        this.store = store;
        this.advice = advice;
        this.samples = samples;
        this.fixturesDir = fixturesDir;
    }

    /** One profile's changes from the base rules to the candidate. */
    @Schema(name = "RulesProfileImpact")
    public record ProfileImpact(String profileId, int profileVersion, List<ExplainedChange> changes, String error) {
    }

    /** One fixture's expected outcome under the base rules and under the candidate. */
    @Schema(name = "RulesFixtureCheck")
    public record FixtureCheck(String profileId, String why, List<Expectation.Miss> missesBefore,
                               List<Expectation.Miss> missesAfter) {
        public boolean changed() {
            return !missesBefore.equals(missesAfter);
        }
    }

    /** The profiles whose advice moves, and every fixture's expectation before and after. */
    public record Report(int profilesReplayed, List<ProfileImpact> profiles, List<FixtureCheck> fixtures) {
    }

    public Report impact(RuleBase base, RuleBase candidate) {
        List<ProfileStore.Stored> stored = store.currentAll();
        List<ProfileImpact> profiles = new ArrayList<>();
        for (ProfileStore.Stored s : stored) {
            try {
                Ranked before = AdviceService.rank(base, s.profile());
                Ranked after = AdviceService.rank(candidate, s.profile());
                List<ExplainedChange> changes = ExplainedChange.between(before, after);
                if (!changes.isEmpty()) {
                    profiles.add(new ProfileImpact(s.profile().id(), s.version().version(), changes, null));
                }
            } catch (RuntimeException e) {
                profiles.add(new ProfileImpact(s.profile().id(), s.version().version(), List.of(),
                        "cannot be evaluated with the candidate rules: " + e.getMessage()));
            }
        }
        return new Report(stored.size(), List.copyOf(profiles), fixtures(base, candidate));
    }

    private List<FixtureCheck> fixtures(RuleBase base, RuleBase candidate) {
        List<FixtureCheck> out = new ArrayList<>();
        if (fixturesDir == null || !Files.isDirectory(fixturesDir)) {
            return out;
        }
        for (Path file : SampleProfiles.profileFiles(fixturesDir)) {
            Path expect = file.resolveSibling(file.getFileName().toString().replace(".json",
                    SampleProfiles.EXPECTATION_SUFFIX));
            if (!Files.exists(expect)) {
                continue;
            }
            Expectation e = ProfileJson.MAPPER.readValue(expect.toFile(), Expectation.class);
            Profile p = samples.find(e.profile()).orElse(null);
            if (p == null) {
                continue;
            }
            out.add(new FixtureCheck(e.profile(), e.why(), misses(base, p, e), misses(candidate, p, e)));
        }
        return out;
    }

    private List<Expectation.Miss> misses(RuleBase rules, Profile p, Expectation e) {
        try {
            return e.misses(advice.advise(rules, p, AdviceService.rank(rules, p), Lang.EN, false));
        } catch (RuntimeException failed) {
            return List.of(new Expectation.Miss("evaluation", "advice", String.valueOf(failed.getMessage())));
        }
    }

    /** One file's differences between two versions. */
    @Schema(name = "RuleSetFileDiff")
    public record FileDiff(@Schema(example = "parameters.yaml") String file,
                           @Schema(allowableValues = {"ADDED", "REMOVED", "CHANGED"}) String status,
                           @Schema(description = "For a YAML file: each changed value by its JSON Pointer")
                           List<ProfileStore.FieldChange> fields,
                           @Schema(description = "The unified diff of the file's lines") List<String> lines) {
    }

    /** The files of {@code b} against those of {@code a}: added, removed, and for changed ones every value and line. */
    public static List<FileDiff> diff(Map<String, byte[]> a, Map<String, byte[]> b) {
        List<FileDiff> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String name : names) {
            String was = a.containsKey(name) ? new String(a.get(name), StandardCharsets.UTF_8) : null;
            String now = b.containsKey(name) ? new String(b.get(name), StandardCharsets.UTF_8) : null;
            if (was != null && was.equals(now)) {
                continue;
            }
            String status = was == null ? "ADDED" : now == null ? "REMOVED" : "CHANGED";
            List<ProfileStore.FieldChange> fields = List.of();
            if (name.endsWith(".yaml")) {
                fields = new ArrayList<>();
                fields(tree(was), tree(now), "", (List<ProfileStore.FieldChange>) fields);
            }
            List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(was == null ? "/dev/null" : name,
                    now == null ? "/dev/null" : name, lines(was), DiffUtils.diff(lines(was), lines(now)), 2);
            out.add(new FileDiff(name, status, List.copyOf(fields), lines));
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\n", -1));
    }

    private static JsonNode tree(String yaml) {
        if (yaml == null) {
            return null;
        }
        try {
            return YAML.readTree(yaml);
        } catch (RuntimeException e) {
            return JsonNodeFactory.instance.stringNode("(not YAML: " + e.getMessage() + ")");
        }
    }

    /** Objects by key, arrays by position, anything else as a whole. */
    private static void fields(JsonNode was, JsonNode now, String pointer, List<ProfileStore.FieldChange> out) {
        if (was != null && now != null && was.isObject() && now.isObject()) {
            TreeSet<String> keys = new TreeSet<>(was.propertyNames());
            keys.addAll(now.propertyNames());
            // the file's own order reads better than the alphabet's
            List<String> ordered = new ArrayList<>();
            was.propertyNames().forEach(ordered::add);
            now.propertyNames().forEach(k -> {
                if (!ordered.contains(k)) {
                    ordered.add(k);
                }
            });
            for (String k : ordered) {
                fields(was.get(k), now.get(k), pointer + "/" + RuleSetForm.escape(k), out);
            }
        } else if (was != null && now != null && was.isArray() && now.isArray()) {
            for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
                fields(i < was.size() ? was.get(i) : null, i < now.size() ? now.get(i) : null, pointer + "/" + i, out);
            }
        } else if (was == null && now != null) {
            out.add(new ProfileStore.FieldChange("add", pointer, null, now));
        } else if (was != null && now == null) {
            out.add(new ProfileStore.FieldChange("remove", pointer, was, null));
        } else if (was != null && !was.equals(now)) {
            out.add(new ProfileStore.FieldChange("replace", pointer, was, now));
        }
    }
}
