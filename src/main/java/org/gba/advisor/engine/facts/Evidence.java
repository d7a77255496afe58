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
                       Map<String, List<String>> specifics) implements Traceable {

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
