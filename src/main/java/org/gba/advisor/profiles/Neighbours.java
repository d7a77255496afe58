package org.gba.advisor.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gba.advisor.access.Caller;
import org.gba.advisor.engine.facts.Parameters;
import org.gba.advisor.vocabulary.AssetInReach;
import org.gba.advisor.vocabulary.InvalidProfileException;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileAsset;
import org.gba.advisor.vocabulary.Violation;

/**
 * Finds the assets a profile names within its reach, in the profiles of the places they belong to, and copies them
 * into the profile ({@code resolved}), so that the profile evaluates on its own and a stored version keeps the
 * neighbour's asset as it stood. A caller sees a neighbour only in the version it may read (everyone: the built-in
 * places as shipped). Whatever a client sent as {@code resolved} is replaced.
 */
public class Neighbours {
    private final ProfileAccess access;
    private final SampleProfiles samples;

    public Neighbours(ProfileAccess access, SampleProfiles samples) {
        this.access = access;
        this.samples = samples;
    }

    /** Only the built-in places, e.g. for the fixtures themselves. */
    public static Neighbours builtIn(SampleProfiles samples) {
        return new Neighbours(null, samples);
    }

    /** As {@link #resolve(Profile, Caller, Parameters.Reach)}, for the caller of the current request. */
    public Profile resolve(Profile profile, Parameters.Reach reach) {
        return resolve(profile, Caller.current(), reach);
    }

    /**
     * The profile with every reach entry resolved; every entry that cannot be, and a parent that names no profile
     * the caller may read, are named in one 400.
     */
    public Profile resolve(Profile profile, Caller caller, Parameters.Reach reach) {
        List<Violation> problems = new ArrayList<>(parentProblems(profile, caller));
        if (profile.reachOrEmpty().isEmpty()) {
            if (!problems.isEmpty()) {
                throw new InvalidProfileException(problems);
            }
            return profile;
        }
        List<AssetInReach> resolved = new ArrayList<>();
        List<AssetInReach> entries = profile.reachOrEmpty();
        for (int i = 0; i < entries.size(); i++) {
            AssetInReach r = entries.get(i);
            String at = "/reach/" + i;
            if (r.distanceKm() != null && reach.factor(r.distanceKm()).isEmpty()) {
                problems.add(new Violation(at + "/distanceKm", "more than " + (long) reach.furthestKm()
                        + " km away is beyond reach"));
                continue;
            }
            Optional<Profile> neighbour = find(r.place(), caller);
            if (neighbour.isEmpty()) {
                problems.add(new Violation(at + "/place", "no profile '" + r.place() + "' that you may read"));
                continue;
            }
            Optional<ProfileAsset> asset = neighbour.get().assetsOrEmpty().stream()
                    .filter(a -> a.name() != null && (r.asset().equals(a.name().en()) || r.asset().equals(a.name().zh())))
                    .findFirst();
            if (asset.isEmpty()) {
                problems.add(new Violation(at + "/asset", "'" + r.place() + "' has no asset named '" + r.asset()
                        + "'; its assets: " + neighbour.get().assetsOrEmpty().stream().map(a -> a.name().en()).toList()));
                continue;
            }
            resolved.add(r.resolvedAs(new AssetInReach.Resolved(neighbour.get().name(), asset.get())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return profile.withReach(resolved);
    }

    /** A platform, district or zone names an existing place as its parent, one that is no part of another place. */
    private List<Violation> parentProblems(Profile profile, Caller caller) {
        if (profile.parent() == null || profile.kind() == null || !profile.kind().hasParent()
                || profile.parent().equals(profile.id())) {
            return List.of();
        }
        Optional<Profile> parent = find(profile.parent(), caller);
        if (parent.isEmpty()) {
            return List.of(new Violation("/parent", "no profile '" + profile.parent() + "' that you may read"
                    + org.gba.advisor.vocabulary.Suggestions.hint(profile.parent(), known(caller))
                    + "; the parent is the id of the city (or SAR) the place belongs to"));
        }
        if (parent.get().kind() != null && parent.get().kind().hasParent()) {
            return List.of(new Violation("/parent", "'" + profile.parent() + "' is itself a "
                    + parent.get().kind().name().toLowerCase(java.util.Locale.ROOT) + " of '" + parent.get().parent()
                    + "'; name the city (or SAR) the place belongs to"));
        }
        return List.of();
    }

    private List<String> known(Caller caller) {
        return access != null ? access.listFor(caller).stream().map(s -> s.profile().id()).toList()
                : samples.all().stream().map(Profile::id).toList();
    }

    private Optional<Profile> find(String id, Caller caller) {
        if (access != null) {
            try {
                return Optional.of(access.forProfile(id, caller).profile());
            } catch (UnknownProfileException | org.gba.advisor.access.AccessRefusedException e) {
                return Optional.empty();
            }
        }
        return samples.find(id);
    }
}
