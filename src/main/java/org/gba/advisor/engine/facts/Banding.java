package org.gba.advisor.engine.facts;

import java.util.List;

/**
 * How a piece of evidence was banded by figures of one asset: the asset's path, the figure codes, what they must show
 * for it to count, and the two factors its points were made of besides the band (the rule's own, and the reach of the
 * facts it cited), kept unrounded so that the points for other figures are computed exactly as a firing would.
 */
public record Banding(String asset, List<String> codes, Bands.Presence presence, double factor, double reach) {
    public Banding {
        codes = List.copyOf(codes);
    }

    /** The evidence's factor for a band of {@code band}, in the order a firing multiplies them. */
    public double factorFor(double band) {
        return (factor * band) * reach;
    }
}
