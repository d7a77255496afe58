package org.gba.advisor.engine.facts;

import java.util.List;
import java.util.Map;

/**
 * One labelled, weighted reason: rule {@code ruleId} gave {@code points} (its weight times a factor) to
 * {@code target} (a constraint, model or action id), citing {@code facts}. Scores are sums of these.
 * Diagnosis evidence is also inserted as a fact, so models and countermeasures can rest on it.
 */
public record Evidence(String target, String ruleId, String ruleName, String section, double weight,
                       double factor, double points, List<FactRef> facts,
                       Map<String, List<String>> specifics, Effect effect, Banding banding) implements Traceable {

    /**
     * How evidence counts: most adds its points; a SCALE piece (an action already in force) multiplies the sum of
     * the others by its weight, and its points are that change, filled in when the evidence is ranked.
     */
    public enum Effect { ADD, SCALE }

    public Evidence {
        factor = rounded(factor);
        points = rounded(points);
    }

    /**
     * A factor, points or a score to a millionth: products such as 4 × 1.5 × 0.6 come out of the doubles as
     * 3.5999999999999996, which an answer must not show and a tie must not split on.
     */
    public static double rounded(double value) {
        return Double.isFinite(value) ? Math.round(value * 1e6) / 1e6 : value;
    }

    public Evidence(String target, String ruleId, String ruleName, String section, double weight, double factor,
                    double points, List<FactRef> facts, Map<String, List<String>> specifics) {
        this(target, ruleId, ruleName, section, weight, factor, points, facts, specifics, Effect.ADD);
    }

    public Evidence(String target, String ruleId, String ruleName, String section, double weight, double factor,
                    double points, List<FactRef> facts, Map<String, List<String>> specifics, Effect effect) {
        this(target, ruleId, ruleName, section, weight, factor, points, facts, specifics, effect, null);
    }

    /** This evidence with its points set, e.g. a SCALE piece once the sum it scales is known. */
    public Evidence withPoints(double newPoints) {
        return new Evidence(target, ruleId, ruleName, section, weight, factor, newPoints, facts, specifics, effect,
                banding);
    }

    /** This evidence, telling how figures banded it. */
    public Evidence withBanding(Banding how) {
        return new Evidence(target, ruleId, ruleName, section, weight, factor, points, facts, specifics, effect, how);
    }

    /**
     * This banded evidence as its rule would have recorded it with a band of {@code band}, citing {@code facts}: the
     * same arithmetic as a firing's ({@link Banding#factorFor}, then times the weight).
     */
    public Evidence rebanded(double band, List<FactRef> facts) {
        double f = banding.factorFor(band);
        return new Evidence(target, ruleId, ruleName, section, weight, f, weight * f, List.copyOf(facts), specifics,
                effect, banding);
    }

    public String getTarget() {
        return target;
    }

    public String getRuleId() {
        return ruleId;
    }

    public double getPoints() {
        return points;
    }

    @Override
    public FactRef ref() {
        return new FactRef("#" + target + "/" + ruleId, "diagnosis", target + " ← " + ruleId, null, points, "points",
                null, section);
    }
}
