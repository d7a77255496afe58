package org.gba.advisor.vocabulary;

/**
 * What sort of place a profile describes: one of the nine mainland cities, a SAR, a cooperation platform, or a
 * district or zone of a city. Platforms, districts and zones name their parent city.
 */
public enum PlaceKind {
    CITY, SAR, PLATFORM, DISTRICT, ZONE;

    /** Whether a place of this kind belongs to a parent city. */
    public boolean hasParent() {
        return this == PLATFORM || this == DISTRICT || this == ZONE;
    }
}
