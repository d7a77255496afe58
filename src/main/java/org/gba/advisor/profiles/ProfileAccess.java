package org.gba.advisor.profiles;

import java.util.ArrayList;
import java.util.List;
import org.gba.advisor.access.Caller;

/**
 * Which version of a stored profile a caller sees. The built-in places are public data: anyone may read them
 * as shipped (their first version, loaded from fixtures/). Later versions, and profiles submitted under new
 * ids, are seen only by planners, by the officials of the place and (advice only) by portals.
 */
public class ProfileAccess {
    private final ProfileStore store;

    public ProfileAccess(ProfileStore store) {
        this.store = store;
    }

    /** The version of the profile this caller may read; 404 if unknown, 401/403 if none. */
    public ProfileStore.Stored forProfile(String id, Caller caller) {
        return readable(id, caller, false);
    }

    /** The version of the profile whose advice this caller may read. */
    public ProfileStore.Stored forAdvice(String id, Caller caller) {
        return readable(id, caller, true);
    }

    /** Every profile this caller may see the advice of, each in the version it would be served. */
    public List<ProfileStore.Stored> listFor(Caller caller) {
        List<ProfileStore.Stored> out = new ArrayList<>();
        for (ProfileStore.Stored s : store.currentAll()) {
            if (caller.mayReadAdvice(s.profile().id(), s.profile().parent())) {
                out.add(s);
            } else if (s.builtIn()) {
                out.add(s.version().version() == 1 ? s : store.version(s.profile().id(), 1).orElseThrow());
            }
        }
        return out;
    }

    /** Requires that the caller may read every version of the profile (planners, the place's officials). */
    public ProfileStore.Stored forProfileReader(String id, Caller caller) {
        ProfileStore.Stored current = store.current(id).orElseThrow(() -> new UnknownProfileException(id));
        if (!caller.mayReadProfile(id, current.profile().parent())) {
            throw caller.refuse("read the versions of '" + id + "'");
        }
        return current;
    }

    private ProfileStore.Stored readable(String id, Caller caller, boolean advice) {
        ProfileStore.Stored current = store.current(id).orElseThrow(() -> new UnknownProfileException(id));
        String parent = current.profile().parent();
        if (advice ? caller.mayReadAdvice(id, parent) : caller.mayReadProfile(id, parent)) {
            return current;
        }
        if (current.builtIn()) {
            return current.version().version() == 1 ? current : store.version(id, 1).orElseThrow();
        }
        throw caller.refuse("read the stored profile '" + id + "'");
    }
}
