package org.gba.advisor.vocabulary;

/** The four practice models of §4: emerging industry, R&D institutions, university parks, regional platforms. */
public enum ModelId implements Target {
    M1, M2, M3, M4;

    @Override
    public String id() {
        return name();
    }
}
