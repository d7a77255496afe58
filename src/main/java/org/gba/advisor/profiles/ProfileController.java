package org.gba.advisor.profiles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.gba.advisor.access.Caller;
import org.gba.advisor.access.Role;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.http.InvalidRequestException;
import org.gba.advisor.http.KeyOptional;
import org.gba.advisor.http.KeyRequired;
import org.gba.advisor.http.Problems;
import org.gba.advisor.vocabulary.InvalidProfileException;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.LocalizedName;
import org.gba.advisor.vocabulary.PlaceKind;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileValidator;
import org.gba.advisor.vocabulary.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stored profiles: the built-in ones (public as shipped) and submitted versions (officials of the place
 * submit; planners and the place's officials read every version and the diff between two).
 */
@RestController
@RequestMapping(path = "/api/v1/profiles", produces = "application/json")
@Tag(name = "profiles", description = "Stored profiles: the built-in places, submitted versions and the diff between two")
class ProfileController {
    private static final String ID = "The profile's id";
    private final ProfileStore store;
    private final ProfileAccess access;
    private final ProfileValidator validator;
    private final RuleEngine engine;
    private final Neighbours neighbours;

    ProfileController(ProfileStore store, ProfileAccess access, ProfileValidator validator, RuleEngine engine,
                      Neighbours neighbours) {
        this.neighbours = neighbours;
        this.store = store;
        this.access = access;
        this.validator = validator;
        this.engine = engine;
    }

    /** A summary of a profile, as listed. */
    @Schema(name = "ProfileSummary", description = "A stored profile as listed: what it is and how much it holds")
    record Summary(@Schema(example = "dongguan") String id, LocalizedName name, PlaceKind kind, Jurisdiction jurisdiction, String parent,
                   Integer year, int indicators, int assets, int constraints, int version, boolean builtIn) {
    }

    /** A new version: the profile and why it changed. */
    @Schema(name = "ProfileSubmission", description = "A new version of a profile and why it changed")
    record Submission(@NotNull Profile profile,
                      @Schema(example = "2023 figures from the statistical communiqué") @Size(max = 1000) String comment) {
    }

    /** A stored version with its profile. */
    @Schema(name = "ProfileVersionWithProfile")
    record VersionView(ProfileStore.Version version, Profile profile) {
    }

    /** The fields changed from one version to another. */
    @Schema(name = "ProfileDiff")
    record Diff(String profileId, int from, int to, List<ProfileStore.FieldChange> changes) {
    }

    @Operation(operationId = "listProfiles", summary = "The profiles the caller may see",
            description = "A summary of each profile the caller may see: the built-in places for everyone (as "
                    + "shipped), submitted ones by the key's role and places.")
    @KeyOptional("planners and portals see every stored profile, officials their places too")
    @GetMapping
    List<Summary> list() {
        return access.listFor(Caller.current()).stream().map(s -> {
            Profile p = s.profile();
            return new Summary(p.id(), p.name(), p.kind(), p.jurisdiction(), p.parent(), p.year(),
                    p.indicatorsOrEmpty().size(), p.assetsOrEmpty().size(), p.constraintsOrEmpty().size(),
                    s.version().version(), s.builtIn());
        }).toList();
    }

    @Operation(operationId = "getProfile", summary = "One stored profile",
            description = "The version of the profile the caller may see: a built-in place as shipped for everyone, "
                    + "its latest version and submitted places for planners and the place's officials.")
    @KeyOptional("planners and the place's officials get the latest version, and submitted places")
    @Problems("unknown-profile")
    @GetMapping("/{id}")
    Profile get(@Parameter(description = ID, example = "dongguan") @PathVariable String id) {
        return access.forProfile(id, Caller.current()).profile();
    }

    @Operation(operationId = "submitProfileVersion", summary = "Submit a new version of a profile",
            description = "Stores the profile as the next version of its id (a new id starts at 1), with who, when "
                    + "and why. The profile is validated as POST /api/v1/advice validates it, its errors pointed "
                    + "under /profile; its id must be the one in the path. Versions are never changed or deleted.",
            responses = @ApiResponse(responseCode = "201", description = "Stored; Location names the new version",
                    headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                            description = "The new version", schema = @Schema(type = "string",
                            example = "/api/v1/profiles/dongguan/versions/2"))))
    @KeyRequired("the officials of the place (a platform's also those of its parent city)")
    @PostMapping(path = "/{id}/versions", consumes = "application/json")
    ResponseEntity<ProfileStore.Version> submit(@Parameter(description = ID, example = "dongguan") @PathVariable String id,
                                                @Valid @RequestBody Submission submission) {
        Caller caller = Caller.current();
        Profile profile = submission.profile();
        if (!id.equals(profile.id())) {
            throw new InvalidProfileException(List.of(new Violation("/profile/id", "must be '" + id + "', the id in the path")));
        }
        // Both the stored and the submitted parent must be the official's: a profile cannot be taken over by
        // declaring it part of the official's city.
        var stored = store.current(id);
        String storedParent = stored.isPresent() ? stored.get().profile().parent() : profile.parent();
        if (!caller.assignedTo(id, storedParent) || !caller.assignedTo(id, profile.parent())) {
            throw caller.refuse("submit a profile of '" + id + "'");
        }
        // A new parent hands the place to that city's officials and takes it from the old one's: only an
        // official of both (or an admin, POST …/parent) may do that, never the place's own official alone.
        if (stored.isPresent() && !Objects.equals(storedParent, profile.parent())
                && !(officialOf(caller, storedParent) && officialOf(caller, profile.parent()))) {
            throw caller.refuse("change the parent of '" + id + "' from " + quoted(storedParent) + " to "
                    + quoted(profile.parent()) + " (that needs an official of both, or an admin)");
        }
        Profile resolved;
        try {
            validator.requireValid(profile, engine.current().catalog());
            // the neighbours' assets are stored as they stand now, so that a replay uses what was advised on
            resolved = neighbours.resolve(profile, caller, engine.current().parameters().reach());
        } catch (InvalidProfileException e) {
            throw new InvalidProfileException(e.violations().stream()
                    .map(v -> new Violation("/profile" + v.pointer(), v.message())).toList());
        }
        ProfileStore.Version v = store.submit(resolved, caller.keyId(), submission.comment());
        return ResponseEntity.created(URI.create("/api/v1/profiles/" + id + "/versions/" + v.version())).body(v);
    }

    /** A change of parent, by an admin: the current profile as a new version with only its parent changed. */
    @Schema(name = "ParentChange", description = "A new parent for a place (null: part of none) and why")
    record ParentChange(@Schema(example = "zhuhai", nullable = true)
                        @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String parent,
                        @NotBlank @Size(max = 1000) String comment) {
    }

    @Operation(operationId = "changeProfileParent", summary = "Change the parent city of a place",
            description = "A new version of the place with only its parent changed, the rest of the profile kept. "
                    + "The parent decides which city's officials may also submit and read the place, so it is not "
                    + "the place's official's to change alone: an admin does it here (or an official of both the old "
                    + "and the new parent submits a version). The new parent must be a stored profile; null makes "
                    + "the place part of none. The answer holds no profile data.",
            responses = @ApiResponse(responseCode = "201", description = "Stored; Location names the new version",
                    headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                            description = "The new version", schema = @Schema(type = "string",
                            example = "/api/v1/profiles/hengqin/versions/2"))))
    @KeyRequired("admins")
    @Problems("unknown-profile")
    @PostMapping(path = "/{id}/parent", consumes = "application/json")
    ResponseEntity<ProfileStore.Version> reparent(@Parameter(description = ID, example = "hengqin") @PathVariable String id,
                                                  @Valid @RequestBody ParentChange change) {
        ProfileStore.Stored current = store.current(id).orElseThrow(() -> new UnknownProfileException(id));
        if (change.parent() != null && store.current(change.parent()).isEmpty()) {
            throw new InvalidRequestException("/parent", "there is no stored profile '" + change.parent() + "'");
        }
        Profile moved = current.profile().withParent(change.parent());
        try {
            validator.requireValid(moved, engine.current().catalog());
        } catch (InvalidProfileException e) {
            throw new InvalidRequestException(e.violations());
        }
        ProfileStore.Version v = store.reparent(current, moved, Caller.current().keyId(), change.comment());
        return ResponseEntity.created(URI.create("/api/v1/profiles/" + id + "/versions/" + v.version())).body(v);
    }

    private static boolean officialOf(Caller caller, String place) {
        return place == null || (caller.is(Role.OFFICIAL) && caller.places().contains(place));
    }

    private static String quoted(String parent) {
        return parent == null ? "none" : "'" + parent + "'";
    }

    @Operation(operationId = "listProfileVersions", summary = "Every version of a stored profile, oldest first",
            description = "Who submitted each version, when, why, and the hash of its canonical JSON.")
    @KeyRequired("planners and the place's officials")
    @Problems("unknown-profile")
    @GetMapping("/{id}/versions")
    List<ProfileStore.Version> versions(@Parameter(description = ID, example = "dongguan") @PathVariable String id) {
        requireReader(id);
        return store.versions(id);
    }

    @Operation(operationId = "getProfileVersion", summary = "One version of a stored profile, with its profile",
            description = "The version's record (who, when, why) and the profile as it was submitted.")
    @KeyRequired("planners and the place's officials")
    @Problems({"unknown-profile", "unknown-version"})
    @GetMapping("/{id}/versions/{version}")
    VersionView version(@Parameter(description = ID, example = "dongguan") @PathVariable String id,
                        @Parameter(description = "The version number, from 1", example = "1") @PathVariable int version) {
        requireReader(id);
        ProfileStore.Stored s = find(id, version);
        return new VersionView(s.version(), s.profile());
    }

    @Operation(operationId = "diffProfileVersions", summary = "The fields that changed between two versions",
            description = "RFC 6902 operations that turn version `from` into version `to`, each with the old value "
                    + "(`was`) beside the new (`now`).")
    @KeyRequired("planners and the place's officials")
    @Problems({"unknown-profile", "unknown-version"})
    @GetMapping("/{id}/diff")
    Diff diff(@Parameter(description = ID, example = "dongguan") @PathVariable String id,
              @Parameter(description = "The older version", example = "1") @RequestParam int from,
              @Parameter(description = "The newer version", example = "2") @RequestParam int to) {
        requireReader(id);
        return new Diff(id, from, to, ProfileStore.diff(find(id, from).profile(), find(id, to).profile()));
    }

    private void requireReader(String id) {
        access.forProfileReader(id, Caller.current());
    }

    private ProfileStore.Stored find(String id, int version) {
        return store.version(id, version).orElseThrow(() ->
                new UnknownVersionException("Profile '" + id + "' has no version " + version + "."));
    }
}
