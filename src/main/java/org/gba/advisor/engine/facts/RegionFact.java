package org.gba.advisor.engine.facts;


/**
 * A fact of one place as region advice cites it: the place's id, then where the fact sits in that place's
 * profile (a JSON Pointer) and what it is, as single-place advice shows it.
 */
public record RegionFact(String place, String path, String kind, String label, Double value, String unit,
                         Integer year, String source) {

    static RegionFact of(String place, FactRef ref) {
        return new RegionFact(place, ref.path(), ref.kind(), ref.label(), ref.value(), ref.unit(), ref.year(),
                ref.source());
    }
}
