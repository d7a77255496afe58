package org.gba.advisor.profiles;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.gba.advisor.access.Caller;
import org.gba.advisor.engine.RuleEngine;
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
class ProfileController {
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
    record Summary(String id, LocalizedName name, PlaceKind kind, Jurisdiction jurisdiction, String parent,
                   Integer year, int indicators, int assets, int constraints, int version, boolean builtIn) {
    }

    /** A new version: the profile and why it changed. */
    record Submission(@NotNull Profile profile, @Size(max = 1000) String comment) {
    }

    /** A stored version with its profile. */
    record VersionView(ProfileStore.Version version, Profile profile) {
    }

    /** The fields changed from one version to another. */
    record Diff(String profileId, int from, int to, List<ProfileStore.FieldChange> changes) {
    }

    @Operation(summary = "The profiles the caller may see: the built-in ones for everyone, submitted ones by role")
    @GetMapping
    List<Summary> list() {
        return access.listFor(Caller.current()).stream().map(s -> {
            Profile p = s.profile();
            return new Summary(p.id(), p.name(), p.kind(), p.jurisdiction(), p.parent(), p.year(),
                    p.indicatorsOrEmpty().size(), p.assetsOrEmpty().size(), p.constraintsOrEmpty().size(),
                    s.version().version(), s.builtIn());
        }).toList();
    }

    @GetMapping("/{id}")
    Profile get(@PathVariable String id) {
        return access.forProfile(id, Caller.current()).profile();
    }

    @Operation(summary = "Submit a new version of a profile (an official of the place)")
    @PostMapping(path = "/{id}/versions", consumes = "application/json")
    ResponseEntity<ProfileStore.Version> submit(@PathVariable String id, @Valid @RequestBody Submission submission) {
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

    @GetMapping("/{id}/versions")
    List<ProfileStore.Version> versions(@PathVariable String id) {
        requireReader(id);
        return store.versions(id);
    }

    @GetMapping("/{id}/versions/{version}")
    VersionView version(@PathVariable String id, @PathVariable int version) {
        requireReader(id);
        ProfileStore.Stored s = find(id, version);
        return new VersionView(s.version(), s.profile());
    }

    @Operation(summary = "The fields that changed between two versions (RFC 6902 operations with the old value)")
    @GetMapping("/{id}/diff")
    Diff diff(@PathVariable String id, @RequestParam int from, @RequestParam int to) {
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
