package org.gba.advisor.engine.facts;

import java.util.List;
import java.util.Map;
import org.gba.advisor.vocabulary.AssetStatus;
import org.gba.advisor.vocabulary.Severity;

/**
 * The thresholds and weights of all rules, from {@code rules/parameters.yaml}. A rule reads a threshold by
 * name and gets its own weight by its {@code @id}, so no number is written in a rule.
 */
public record Parameters(Map<String, Threshold> thresholds, Map<Severity, Double> severityFactors,
                         Map<AssetStatus, Double> statusFactors,
                         Map<String, Double> weights, Ranking ranking, int maxRuleFirings,
                         Counterfactuals counterfactuals) {

    /**
     * What counts as the top places, and the single changes tried when looking for the smallest change that
     * moves a model or recommendation in or out of them, with the effort each is judged to cost.
     */
    public record Counterfactuals(int topModels, int topRecommendations, double indicatorMoveCostPerRelativeChange,
                                  double learnIndicatorCost, double liftConstraintCost, List<AssetTemplate> assets) {
    }

    /**
     * An asset a place could add. {@code appliesTo} is MAINLAND, SAR or ANY; a partner jurisdiction of ACROSS
     * means the other side of the HK/Macao boundary from the place.
     */
    public record AssetTemplate(String appliesTo, double cost, Map<String, Object> asset) {
    }

    /**
     * A threshold on one indicator, with the reason it sits where it does. {@code fires} says on which side
     * its rule fires, so that a missing indicator can be probed on that side.
     */
    public record Threshold(String indicator, double value, String unit, Side fires, String why) {
    }

    /** The side of a threshold on which its rule fires. */
    public enum Side { BELOW, AT_OR_ABOVE }

    /** Score bands that turn scores into priorities and fits. */
    public record Ranking(double highPriority, double mediumPriority, double strongFit, double moderateFit) {
    }

    public double threshold(String name) {
        Threshold t = thresholds.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no threshold named '" + name + "' in parameters.yaml");
        }
        return t.value();
    }

    public double weight(String ruleId) {
        Double w = weights.get(ruleId);
        if (w == null) {
            throw new IllegalArgumentException("no weight for rule '" + ruleId + "' in parameters.yaml");
        }
        return w;
    }

    public double factor(Severity severity) {
        return severityFactors.getOrDefault(severity, 1.0);
    }
}
