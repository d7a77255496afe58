package org.gba.advisor.vocabulary;

/** The actions of the four countermeasures of §5, e.g. CM2b "offer the place's own strengths". */
public enum ActionId implements Target {
    CM1a, CM1b, CM1c, CM2a, CM2b, CM2c, CM3a, CM3b, CM4a, CM4b, CM4c, CM4d, CM4e;

    @Override
    public String id() {
        return name();
    }

    /** The countermeasure the action belongs to, e.g. CM2 for CM2b. */
    public String countermeasure() {
        return name().substring(0, 3);
    }
}
