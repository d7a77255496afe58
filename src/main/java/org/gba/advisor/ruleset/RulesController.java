package org.gba.advisor.ruleset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.gba.advisor.access.Caller;
import org.gba.advisor.http.KeyRequired;
import org.gba.advisor.http.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules in service and their versions: status, versions and their diff, analysts' drafts and previews,
 * admins' uploads, publications and reloads (roles are checked by the security configuration).
 */
@RestController
@RequestMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "rules", description = "The rules in service and their versions: drafts, their impact, review, "
        + "publication for every instance, rollback")
class RulesController {
    private static final String VERSION = "A rule set version (GET /api/v1/rules/versions lists them)";
    private final RulesAdmin rules;
    private final RuleVersions versions;

    RulesController(RulesAdmin rules, RuleVersions versions) {
        this.rules = rules;
        this.versions = versions;
    }

    @Operation(operationId = "getRulesStatus", summary = "The rules in service",
            description = "The rules this instance serves (hash and rule set version), the version published for "
                    + "every instance, whether this instance is stale (the published one does not compile here: "
                    + "its errors), what every instance reported in the last two minutes, and the last reload.")
    @KeyRequired("planners, analysts and admins")
    @GetMapping
    RulesAdmin.Status status() {
        return rules.status();
    }

    @Operation(operationId = "listRuleSets", summary = "Every rule set version, newest first",
            description = "Each version with its hash, the version it is based on, author, time, comment, origin "
                    + "and state: DRAFT (never published), PUBLISHED (once) or ACTIVE (published for every instance).")
    @KeyRequired("planners, analysts and admins")
    @GetMapping("/versions")
    List<RuleSets.Version> list() {
        return versions.list();
    }

    @Operation(operationId = "getRuleSet", summary = "One rule set version with its files and form",
            description = "The version's record, the text of each of its files, and the form of its numbers and "
                    + "texts (every entry with its fields, each by file and JSON Pointer) that drafts edit.")
    @KeyRequired("planners, analysts and admins")
    @Problems("unknown-rule-set")
    @GetMapping("/versions/{version}")
    RuleVersions.View get(@Parameter(description = VERSION, example = "1") @PathVariable int version) {
        return versions.view(version);
    }

    @Operation(operationId = "diffRuleSets", summary = "What differs between two rule set versions",
            description = "File by file: added, removed or changed; for a YAML file every changed value by its "
                    + "JSON Pointer with the old (`was`) and new (`now`) value; for every file its unified line diff.")
    @KeyRequired("planners, analysts and admins")
    @Problems("unknown-rule-set")
    @GetMapping("/versions/{from}/diff/{to}")
    RuleVersions.Diff diff(@Parameter(description = "The older version", example = "1") @PathVariable int from,
                           @Parameter(description = "The newer version", example = "2") @PathVariable int to) {
        return versions.diff(from, to);
    }

    @Operation(operationId = "saveRuleSetDraft", summary = "Save edits of a version as a new draft version",
            description = "Applies the edits (each a field of the version's form: a number or a text, by file and "
                    + "JSON Pointer) to the version's files, each in place so that the files' comments and layout "
                    + "stay, compiles the result here and stores it as a new draft. It serves nowhere until an "
                    + "admin publishes it.",
            responses = @ApiResponse(responseCode = "201", description = "Stored; Location names the new version",
                    headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                            description = "The new version", schema = @Schema(type = "string",
                            example = "/api/v1/rules/versions/2"))))
    @KeyRequired("analysts and admins")
    @Problems({"unknown-rule-set", "invalid-rules"})
    @PostMapping(path = "/drafts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RuleSets.Version> saveDraft(@Valid @RequestBody RuleVersions.Draft draft) {
        return created(versions.saveDraft(draft, Caller.current().keyId()));
    }

    @Operation(operationId = "previewRuleSetDraft", summary = "What edits of a version would change, before saving",
            description = "Applies the edits to the version as a draft would, compiles the result aside and "
                    + "replays every stored profile's current version under it and under the rules compared with "
                    + "(by default those this instance serves): for each profile whose advice moves, what entered, "
                    + "left or moved, with the evidence that changed; and each fixture's expected outcome under "
                    + "both. Nothing is stored. A draft that does not compile answers its errors here.")
    @KeyRequired("analysts and admins")
    @Problems({"unknown-rule-set", "invalid-rules"})
    @PostMapping(path = "/drafts/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    RulesAdmin.Impact preview(@Valid @RequestBody RuleVersions.Preview preview) {
        return versions.preview(preview);
    }

    @Operation(operationId = "uploadRuleSet", summary = "Store a whole rules folder as a new draft version",
            description = "Every rule file by its name in a rules folder (how a developer's local rules/ becomes a "
                    + "draft: scripts/rules-upload.sh). It must compile here; it serves nowhere until published.",
            responses = @ApiResponse(responseCode = "201", description = "Stored; Location names the new version",
                    headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                            description = "The new version", schema = @Schema(type = "string",
                            example = "/api/v1/rules/versions/2"))))
    @KeyRequired("admins")
    @Problems({"unknown-rule-set", "invalid-rules"})
    @PostMapping(path = "/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RuleSets.Version> upload(@Valid @RequestBody RuleVersions.Upload upload) {
        return created(versions.upload(upload, Caller.current().keyId()));
    }

    @Operation(operationId = "publishRuleSet", summary = "Publish a version for every instance (also a rollback)",
            description = "Compiles the version here (if it does not compile, nothing is published), makes it the "
                    + "one every instance serves and swaps it in here. The other instances hear of it at once on "
                    + "PostgreSQL (LISTEN/NOTIFY) and within their poll interval otherwise, compile it aside and "
                    + "swap; one that cannot compile it keeps its old rules and says so. A rollback publishes an "
                    + "earlier version.")
    @KeyRequired("admins")
    @Problems({"unknown-rule-set", "invalid-rules"})
    @PostMapping(path = "/versions/{version}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    RuleVersions.Published publish(@Parameter(description = VERSION, example = "2") @PathVariable int version,
                                   @Valid @RequestBody RuleVersions.Publish publish) {
        return versions.publish(version, publish.comment(), Caller.current().keyId());
    }

    @Operation(operationId = "reloadRules", summary = "Publish this instance's rules folder",
            description = "Compiles this instance's rules/ aside; if it compiles and differs from the published "
                    + "version, stores it as a new version, publishes it and swaps it in (every instance follows). "
                    + "With errors the old rules keep serving and the answer lists them. A request uses one rules "
                    + "version from start to end.")
    @KeyRequired("admins")
    @PostMapping("/reload")
    RulesAdmin.Attempt reload() {
        return rules.reload(Caller.current().keyId());
    }

    @Operation(operationId = "previewRulesImpact", summary = "What the rules folder as it is now would change",
            description = "Replays every stored profile with this instance's rules/ as it is now, without swapping: "
                    + "for each profile whose advice would move, the changes; and the fixtures' expected outcomes.")
    @KeyRequired("admins")
    @PostMapping("/impact")
    RulesAdmin.Impact impact() {
        return rules.impact();
    }

    private static ResponseEntity<RuleSets.Version> created(RuleSets.Version v) {
        return ResponseEntity.created(URI.create("/api/v1/rules/versions/" + v.version())).body(v);
    }
}
