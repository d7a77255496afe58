package org.gba.advisor.vocabulary;

/** The constraints of §3.2 and their parts: C3 is C3a and C3b, C4 is C4a and C4b. */
public enum ConstraintId implements Target {
    C1, C2, C3, C3a, C3b, C4, C4a, C4b;

    @Override
    public String id() {
        return name();
    }
}
