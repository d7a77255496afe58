package org.gba.advisor.access;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: a key's id, role and places, or nobody ({@link #ANONYMOUS}).
 *
 * @param keyId  the key's public id, or "anonymous"
 * @param role   null for anonymous callers
 * @param places the profile ids an official is assigned to (a platform belongs to its parent's officials too)
 */
public record Caller(String keyId, Role role, Set<String> places) {
    public static final Caller ANONYMOUS = new Caller("anonymous", null, Set.of());

    public Caller {
        places = Set.copyOf(places);
    }

    /** The caller of the current request. */
    public static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Caller c ? c : ANONYMOUS;
    }

    public boolean anonymous() {
        return role == null;
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** An official assigned to the place itself or to the city it belongs to. */
    public boolean assignedTo(String profileId, String parent) {
        return role == Role.OFFICIAL && (places.contains(profileId) || (parent != null && places.contains(parent)));
    }

    /** May read a stored profile's current and past versions. */
    public boolean mayReadProfile(String profileId, String parent) {
        return role == Role.PLANNER || assignedTo(profileId, parent);
    }

    /** May read the advice of a stored profile's current version. */
    public boolean mayReadAdvice(String profileId, String parent) {
        return role == Role.PORTAL || mayReadProfile(profileId, parent);
    }

    /** The refusal for this caller: 401 when no key was given, 403 when the key lacks the right. */
    public AccessRefusedException refuse(String what) {
        return new AccessRefusedException(anonymous(), what);
    }
}
