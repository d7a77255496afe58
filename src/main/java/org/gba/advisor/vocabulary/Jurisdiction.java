package org.gba.advisor.vocabulary;

/** The three legal systems of the Bay Area; the boundary between them is what cooperation must cross. */
public enum Jurisdiction {
    GUANGDONG, HONG_KONG, MACAO;

    public boolean isSar() {
        return this != GUANGDONG;
    }

    /** True when a partner here sits across the HK/Macao boundary from {@code other}. */
    public boolean acrossBoundaryFrom(Jurisdiction other) {
        return this != other;
    }
}
