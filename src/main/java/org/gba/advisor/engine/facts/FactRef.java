package org.gba.advisor.engine.facts;

/**
 * A fact a rule used, as the response shows it: where it sits in the profile (a JSON Pointer), what it is,
 * the ecosystem element (E1–E4) it belongs to and, for a figure, its value with unit, year and source.
 */
public record FactRef(String path, String kind, String label, String element, Double value, String unit,
                      Integer year, String source) {

    static FactRef of(String path, String kind, String label) {
        return new FactRef(path, kind, label, null, null, null, null, null);
    }
}
