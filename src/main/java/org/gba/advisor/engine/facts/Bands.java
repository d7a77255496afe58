package org.gba.advisor.engine.facts;

import java.util.List;
import java.util.function.Function;

/**
 * Figures of one asset that band a rule's points ({@link Ledger#banded}): the largest factor among the known ones,
 * 1 when none is known. A rule that reads figures only this way fires whatever they are, so the engine can tell what
 * a figure not yet known would change without evaluating again (the data-gap probes). {@code presence} says whether
 * the rule's evidence needs some of the figures known ({@link Presence#KNOWN}) or above zero
 * ({@link Presence#POSITIVE}); until then its firing is kept aside, latent, and counts for nothing.
 */
public record Bands(Asset asset, List<String> codes, Presence presence) {
    public Bands {
        codes = List.copyOf(codes);
    }

    /** What the figures must show for the evidence to count. */
    public enum Presence {
        /** Nothing: unknown figures count 1. */
        ALWAYS,
        /** At least one of the figures is known. */
        KNOWN,
        /** At least one of the figures is known and above zero. */
        POSITIVE;

        /** Whether figures given by {@code valueOf} (null: not known) show what this asks. */
        public boolean holds(List<String> codes, Function<String, Double> valueOf) {
            if (this == ALWAYS) {
                return true;
            }
            for (String code : codes) {
                Double value = valueOf.apply(code);
                if (value != null && (this == KNOWN || value > 0)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The evidence counts only where at least one of the figures is known. */
    public Bands whereKnown() {
        return new Bands(asset, codes, Presence.KNOWN);
    }

    /** The evidence counts only where at least one of the figures is known and above zero. */
    public Bands wherePositive() {
        return new Bands(asset, codes, Presence.POSITIVE);
    }
}
