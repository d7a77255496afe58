package org.gba.advisor.testing;

import java.util.UUID;
import org.gba.advisor.vocabulary.Profile;

/** Copies of fixtures under other ids or with another note, for store tests that must not collide. */
public final class Profiles {
    private Profiles() {
    }

    /** A fresh id that no other test (nor an earlier run on the same database) uses. */
    public static String freshId(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Profile withId(Profile p, String id) {
        return p.withId(id);
    }

    public static Profile withNote(Profile p, String note) {
        return new Profile(p.id(), p.name(), p.kind(), p.jurisdiction(), p.parent(), p.year(), p.specialties(),
                p.specialtiesSource(), p.indicators(), p.assets(), p.constraints(), p.checklist(), p.instruments(),
                p.reach(), note);
    }

    public static Profile withYear(Profile p, int year) {
        return p.withYear(year);
    }
}
