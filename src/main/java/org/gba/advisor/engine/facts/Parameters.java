package org.gba.advisor.engine.facts;

import java.util.List;
import java.util.Map;
import org.gba.advisor.vocabulary.AssetStatus;
import org.gba.advisor.vocabulary.Severity;
import org.gba.advisor.vocabulary.Text;

/**
 * The thresholds, factors and rule entries of {@code rules/parameters.yaml}. A rule reads a threshold by name and
 * gets its own weight and reason by its {@code @id}, so no number is written in a rule.
 */
public record Parameters(Map<String, Threshold> thresholds, Map<Severity, Double> severityFactors,
                         Map<AssetStatus, Double> statusFactors,
                         Map<String, RuleEntry> rules, Ranking ranking, int maxRuleFirings,
                         Counterfactuals counterfactuals, Reach reach, Coverage coverage,
                         Map<String, FigureBands> figures, Shortfall shortfall, Robustness robustness) {
    /** The most draws the rank intervals may take. */
    public static final int MAX_DRAWS = 20_000;


    /** How far below its threshold an indicator must be for its diagnosis to be MEDIUM or HIGH (shares of it). */
    public record Shortfall(double medium, double high, String why) {
    }

    /** The Monte Carlo over the weights that gives every ranked item its rank interval. */
    public record Robustness(int draws, double spread, long seed, double robustLevel, String why) {
    }

    /** An asset figure the rules read: on which asset types, and its bands. */
    public record FigureBands(List<org.gba.advisor.vocabulary.AssetType> assetTypes, List<Band> bands) {
    }

    /** From {@code from} upward (to the next band) a figure counts at {@code factor}. */
    public record Band(double from, double factor, String why) {
    }

    /**
     * The factor of asset figure {@code code} at {@code value}: the factor of the highest band it reaches, or 1
     * when the value is not known (null). Throws for a figure the parameters do not band.
     */
    public double band(String code, Double value) {
        java.util.Set<String> reads = READS.get();
        if (reads != null) {
            reads.add(FIGURE_READ + code);
        }
        FigureBands b = figures == null ? null : figures.get(code);
        if (b == null) {
            throw new IllegalArgumentException("figure \"" + code + "\" has no bands under figures: in parameters.yaml");
        }
        if (value == null) {
            return 1.0;
        }
        double factor = b.bands().get(0).factor();
        for (Band band : b.bands()) {
            if (value >= band.from()) {
                factor = band.factor();
            }
        }
        return factor;
    }

    /** How a recorded read names an asset figure, beside the names of thresholds. */
    public static final String FIGURE_READ = "figure:";

    /**
     * How much an asset of a neighbouring place counts for this one: by distance bands (the first band whose
     * {@code withinKm} the distance does not exceed), or {@code unknownDistance} when no distance is given; beyond
     * the last band an asset is not within reach.
     */
    public record Reach(List<ReachBand> bands, double unknownDistance, String why) {
        /** The factor at {@code km} (null: unknown), or empty when it is beyond reach. */
        public java.util.OptionalDouble factor(Double km) {
            if (km == null) {
                return java.util.OptionalDouble.of(unknownDistance);
            }
            return bands.stream().filter(b -> km <= b.withinKm()).mapToDouble(ReachBand::factor).findFirst();
        }

        public double furthestKm() {
            return bands.stream().mapToDouble(ReachBand::withinKm).max().orElse(0);
        }
    }

    public record ReachBand(double withinKm, double factor, String why) {
    }

    /**
     * Below {@code provisionalBelow} (a share, 0–1) of the facts the rules read, advice is marked provisional.
     */
    public record Coverage(double provisionalBelow, String why) {
    }

    /** While set (by the loader's dry run), the names of the thresholds rules read are added to it. */
    private static final ThreadLocal<java.util.Set<String>> READS = new ThreadLocal<>();

    /**
     * What one rule means beyond its logic: its weight, the reason shown beside its evidence and the thresholds
     * it reads (by name).
     */
    public record RuleEntry(double weight, Text reason, List<String> thresholds, List<String> figures) {
        public List<String> thresholdsOrEmpty() {
            return thresholds == null ? List.of() : thresholds;
        }

        public List<String> figuresOrEmpty() {
            return figures == null ? List.of() : figures;
        }
    }

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
    public record Threshold(String indicator, String per, Double perScale, double value, String unit, Side fires,
                            String appliesTo, Map<org.gba.advisor.vocabulary.PlaceKind, Double> byKind, String why) {

        /** Whether the threshold judges a place on this side of the boundary. */
        public boolean appliesTo(org.gba.advisor.vocabulary.Jurisdiction jurisdiction) {
            return appliesTo == null || "ANY".equals(appliesTo)
                    || ("MAINLAND".equals(appliesTo) && !jurisdiction.isSar())
                    || ("SAR".equals(appliesTo) && jurisdiction.isSar());
        }

        /** The value for a kind of place. */
        public double valueFor(org.gba.advisor.vocabulary.PlaceKind kind) {
            return byKind != null && byKind.containsKey(kind) ? byKind.get(kind) : value;
        }

        /** What the indicator is divided by before it is compared (1 when it is read as it is). */
        public double scale() {
            return perScale == null ? 1 : perScale;
        }
    }

    /** The side of a threshold on which its rule fires. */
    public enum Side { BELOW, AT_OR_ABOVE }

    /** Score bands that turn scores into priorities and fits. */
    public record Ranking(double highPriority, double mediumPriority, double strongFit, double moderateFit) {
    }

    /** What is missing or malformed, in the file's own terms; empty when the parameters can be used. */
    public List<String> problems() {
        List<String> out = new java.util.ArrayList<>();
        if (thresholds == null) {
            out.add("thresholds: is missing");
        }
        if (rules == null) {
            out.add("rules: is missing");
        } else {
            rules.forEach((id, r) -> {
                if (r == null) {
                    out.add("rules." + id + " has no weight and reason");
                }
            });
        }
        if (ranking == null) {
            out.add("ranking: is missing");
        }
        if (counterfactuals == null) {
            out.add("counterfactuals: is missing");
        }
        if (reach == null || reach.bands() == null || reach.bands().isEmpty()) {
            out.add("reach: needs its distance bands");
        }
        if (coverage == null) {
            out.add("coverage: is missing");
        }
        if (shortfall == null || shortfall.high() >= shortfall.medium()) {
            out.add("shortfall: needs a high share below its medium share");
        }
        // the draws' multipliers are kept, one row per draw for every rule a ranking can name: bounded with them
        if (robustness == null || robustness.draws() < 100 || robustness.draws() > MAX_DRAWS
                || robustness.spread() <= 0 || robustness.spread() >= 1) {
            out.add("robustness: needs 100 to " + MAX_DRAWS + " draws and a spread between 0 and 1");
        }
        if (figures == null) {
            out.add("figures: is missing");
        } else {
            figures.forEach((code, f) -> {
                if (f == null || f.bands() == null || f.bands().isEmpty() || f.bands().get(0).from() != 0) {
                    out.add("figures." + code + " needs bands, the first from 0");
                } else {
                    for (int i = 1; i < f.bands().size(); i++) {
                        if (f.bands().get(i).from() <= f.bands().get(i - 1).from()) {
                            out.add("figures." + code + ".bands must rise");
                        }
                    }
                }
                if (f != null && (f.assetTypes() == null || f.assetTypes().isEmpty())) {
                    out.add("figures." + code + " names no asset type");
                }
            });
        }
        return out;
    }

    /** The threshold's value as written, whatever the place (for texts and probes). */
    public double threshold(String name) {
        return entry(name).value();
    }

    /**
     * The threshold's value for this place: its kind's value where one is given; where it does not apply, a value
     * no indicator can pass on the side where its rule fires (minus infinity below, plus infinity at or above), so
     * the rule does not fire in either build mode (NaN would: MVEL compares with Double.compare).
     */
    public double threshold(String name, Place place) {
        Threshold t = entry(name);
        if (!t.appliesTo(place.getJurisdiction())) {
            return t.fires() == Side.BELOW ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return t.valueFor(place.getKind());
    }

    /**
     * The severity factor of a diagnosis from {@code value} below threshold {@code name} for this place: HIGH under
     * the shortfall's high share of the threshold, MEDIUM under its medium share, LOW otherwise.
     */
    public double shortfall(String name, Place place, double value) {
        double limit = threshold(name, place);
        double ratio = limit > 0 ? value / limit : 1;
        Severity severity = ratio < shortfall.high() ? Severity.HIGH
                : ratio < shortfall.medium() ? Severity.MEDIUM : Severity.LOW;
        return factor(severity);
    }

    private Threshold entry(String name) {
        java.util.Set<String> reads = READS.get();
        if (reads != null) {
            reads.add(name);
        }
        Threshold t = thresholds.get(name);
        if (t == null) {
            throw new IllegalArgumentException("threshold \"" + name + "\" is not in parameters.yaml");
        }
        return t;
    }

    public double weight(String ruleId) {
        RuleEntry r = rules.get(ruleId);
        if (r == null) {
            throw new IllegalArgumentException("no entry for rule '" + ruleId + "' in parameters.yaml");
        }
        return r.weight();
    }

    /**
     * Runs {@code action} and returns the names of the thresholds read meanwhile on this thread, so that the
     * loader can check that rules read only thresholds that are declared.
     */
    public static java.util.Set<String> recordingReads(Runnable action) {
        java.util.Set<String> reads = new java.util.TreeSet<>();
        READS.set(reads);
        try {
            action.run();
        } finally {
            READS.remove();
        }
        return reads;
    }

    public double factor(Severity severity) {
        return severityFactors.getOrDefault(severity, 1.0);
    }
}
