package org.gba.advisor.engine;

/**
 * A fact a rule used, as the response shows it: where it sits in the profile (a JSON Pointer), what it is
 * and, for a figure, its value with unit, year and source.
 */
public record FactRef(String path, String kind, String label, Double value, String unit, Integer year,
                      String source) {

    static FactRef of(String path, String kind, String label) {
        return new FactRef(path, kind, label, null, null, null, null);
    }
}
