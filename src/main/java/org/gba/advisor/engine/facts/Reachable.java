package org.gba.advisor.engine.facts;

/**
 * A fact that may belong to a neighbouring place and count for this one at less than full weight. Evidence citing
 * such a fact is scaled by the smallest reach factor among its facts, so no rule has to remember to do it.
 */
public interface Reachable {
    double reachFactor();
}
