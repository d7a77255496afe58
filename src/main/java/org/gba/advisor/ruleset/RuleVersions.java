package org.gba.advisor.ruleset;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseException;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.engine.RuleSetVersions;
import org.gba.advisor.http.InvalidRequestException;
import org.gba.advisor.vocabulary.Violation;

/**
 * The versions of the rules: read, compared, drafted, previewed and published. A draft is a new immutable version
 * based on another, made by an analyst's edits in the workbench form or by an admin's upload of files; it is
 * stored only if it compiles here, and serves nowhere until an admin publishes it.
 */
public class RuleVersions implements RuleSetVersions {
    private final RuleSets sets;
    private final RuleSync sync;
    private final RuleEngine engine;
    private final RulesAdmin admin;
    /** Versions compiled for previews, by hash: the DRL is shared with the rules in service when it is the same. */
    private final Map<String, RuleBase> compiled = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
                    return size() > 4;
                }
            });

    public RuleVersions(RuleSets sets, RuleSync sync, RuleEngine engine, RulesAdmin admin) {
        this.sets = sets;
        this.sync = sync;
        this.engine = engine;
        this.admin = admin;
    }

    /** A version with its files and the form of its numbers and texts. */
    @Schema(name = "RuleSetView")
    public record View(RuleSets.Version version, Map<String, String> files, List<RuleSetForm.Entry> form) {
    }

    /** Two versions' differences, file by file. */
    @Schema(name = "RuleSetDiff")
    public record Diff(int from, int to, String fromHash, String toHash, List<RuleSetReview.FileDiff> files) {
    }

    /** An analyst's draft: edits of the form of version {@code basedOn}, with why. */
    @Schema(name = "RuleSetDraft")
    public record Draft(@NotNull @Schema(description = "The version the edits are made to", example = "1")
                        Integer basedOn,
                        @NotBlank @Size(max = 1000) @Schema(example = "Basic research judged weak under 12%")
                        String comment,
                        @NotNull @Size(min = 1, max = 500) List<RuleSetForm.Edit> edits) {
    }

    /** A preview: what {@code edits} of {@code basedOn} would change against {@code against} (default: in service). */
    @Schema(name = "RuleSetPreview")
    public record Preview(@NotNull @Schema(example = "1") Integer basedOn,
                          @Size(max = 500) List<RuleSetForm.Edit> edits,
                          @Schema(description = "The version to compare with; absent: the rules this instance serves",
                                  example = "1") Integer against) {
    }

    /** An admin's upload of a whole rules folder, e.g. a developer's local rules/. */
    @Schema(name = "RuleSetUpload")
    public record Upload(@Schema(description = "The version this one follows, for the record", example = "1")
                         Integer basedOn,
                         @NotBlank @Size(max = 1000) @Schema(example = "new rule m4.facility-network") String comment,
                         @NotNull @Size(min = 1, max = 200)
                         @Schema(description = "Every rule file by its name in the rules folder, e.g. "
                                 + "models/m1-emerging-industry.drl, parameters.yaml, catalog.yaml, region/region.yaml")
                         Map<String, @NotNull @Size(max = 1_000_000) String> files) {
    }

    /** Why a version is published. */
    @Schema(name = "RuleSetPublish")
    public record Publish(@NotBlank @Size(max = 1000) @Schema(example = "reviewed: thresholds of 2026") String comment) {
    }

    /** A publication and this instance's status once it serves the version. */
    @Schema(name = "RuleSetPublished")
    public record Published(RuleSets.Publication publication, RulesAdmin.Status status) {
    }

    public List<RuleSets.Version> list() {
        return sets.list();
    }

    public View view(int version) {
        RuleSets.Version v = find(version);
        Map<String, byte[]> files = sets.files(version);
        Map<String, String> texts = new TreeMap<>();
        files.forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return new View(v, texts, RuleSetForm.entries(files));
    }

    public Diff diff(int a, int b) {
        RuleSets.Version va = find(a);
        RuleSets.Version vb = find(b);
        return new Diff(a, b, va.hash(), vb.hash(), RuleSetReview.diff(sets.files(a), sets.files(b)));
    }

    public RuleSets.Version saveDraft(Draft draft, String by) {
        find(draft.basedOn());
        Map<String, byte[]> files = RuleSetForm.apply(sets.files(draft.basedOn()), draft.edits());
        compileOrRefuse(files, "Draft based on rule set " + draft.basedOn());
        return sets.create(files, draft.basedOn(), by, draft.comment(), RuleSets.Origin.WORKBENCH);
    }

    public RuleSets.Version upload(Upload upload, String by) {
        if (upload.basedOn() != null) {
            find(upload.basedOn());
        }
        List<Violation> bad = new ArrayList<>();
        Map<String, byte[]> files = new TreeMap<>();
        upload.files().forEach((name, text) -> {
            if (!name.matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.(drl|yaml)") || !RuleBaseLoader.isRuleFile(name)) {
                bad.add(new Violation("/files/" + RuleSetForm.escape(name), "is not a rule file's name in a rules "
                        + "folder (a .drl file, parameters.yaml, catalog.yaml or region/*.yaml)"));
            } else {
                files.put(name, text.getBytes(StandardCharsets.UTF_8));
            }
        });
        if (!bad.isEmpty()) {
            throw new InvalidRequestException(bad);
        }
        compileOrRefuse(files, "Upload");
        return sets.create(files, upload.basedOn(), by, upload.comment(), RuleSets.Origin.UPLOAD);
    }

    public RulesAdmin.Impact preview(Preview preview) {
        long start = System.nanoTime();
        find(preview.basedOn());
        Map<String, byte[]> files = RuleSetForm.apply(sets.files(preview.basedOn()),
                preview.edits() == null ? List.of() : preview.edits());
        RuleBase base = preview.against() == null ? engine.current() : compiledVersion(preview.against());
        Integer baseVersion = preview.against() == null ? sync.servingVersion() : preview.against();
        RuleBase candidate;
        try {
            candidate = compiled(files);
        } catch (RuleBaseException e) {
            return new RulesAdmin.Impact(base.version(), baseVersion, null, e.problems(), 0, List.of(), List.of(),
                    RulesAdmin.millis(start));
        }
        RulesAdmin.Impact impact = admin.impactKeeping(base, baseVersion, candidate, start);
        return impact;
    }

    /**
     * Publishes a version: it must compile here first; then it is the one every instance serves, this one at once.
     */
    public Published publish(int version, String comment, String by) {
        find(version);
        RuleBase fresh = compileOrRefuse(sets.files(version), "Rule set " + version);
        RuleSets.Publication p = sets.publish(version, by, comment);
        sync.adopt(version, fresh);
        return new Published(p, admin.status());
    }

    private RuleSets.Version find(int version) {
        return sets.find(version).orElseThrow(() -> new RuleSetException.Unknown(version));
    }

    /** A stored version's rules for a replay, from the same small cache as previews. */
    @Override
    public RuleBase ruleBase(int version) {
        return compiledVersion(version);
    }

    private RuleBase compiledVersion(int version) {
        find(version);
        try {
            return compiled(sets.files(version));
        } catch (RuleBaseException e) {
            throw new RuleSetException.Refused("Rule set " + version, e.problems());
        }
    }

    private RuleBase compiled(Map<String, byte[]> files) {
        String hash = RuleBaseLoader.version(files);
        RuleBase current = engine.current();
        if (current.version().equals(hash)) {
            return current;
        }
        RuleBase cached = compiled.get(hash);
        if (cached != null) {
            return cached;
        }
        RuleBase fresh = engine.compile(files, "draft " + hash);
        compiled.put(hash, fresh);
        return fresh;
    }

    private RuleBase compileOrRefuse(Map<String, byte[]> files, String what) {
        try {
            return engine.compile(files, what);
        } catch (RuleBaseException e) {
            throw new RuleSetException.Refused(what, e.problems());
        }
    }
}
