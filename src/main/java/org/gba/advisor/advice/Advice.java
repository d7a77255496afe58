package org.gba.advisor.advice;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.gba.advisor.engine.facts.FactRef;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.PlaceKind;

/**
 * The advice for one place: ranked models and recommendations, the diagnosed constraints, the data that
 * is missing and would change the advice, and where the answer came from. Every score is the sum of the
 * points in its {@code because}.
 */
@Schema(description = "Ranked, explained advice for one place")
public record Advice(Place profile, String lang, Coverage coverage, Certainty certainty, List<ModelFit> models,
                     List<Recommendation> recommendations, List<Diagnosis> constraints, List<ElementScore> elements,
                     List<DataGap> dataGaps, List<Counterfactual> counterfactuals, Provenance provenance) {

    /**
     * Where an item ranks when every rule's weight is drawn within ±spread: its median rank, its 5th–95th percentile
     * rank ({@code low}–{@code high}) and the share of draws in which it stood first alone.
     */
    public record RankInterval(int medianRank, int low, int high, double firstShare) {
    }

    /**
     * Whether the top model is a clear lead: first alone in at least {@code level} of the {@code draws} (weights
     * within ±{@code spread}); {@code topModel} is null when no model fits at all.
     */
    public record Certainty(String topModel, boolean topModelRobust, double topModelFirstShare, double level, int draws,
                            double spread) {
    }

    /**
     * How much of what the rules read the profile states ({@code share} of {@code readable}, by kind), and whether
     * the advice is therefore provisional (below {@code threshold}); {@code notice} says so in the answer's language.
     */
    public record Coverage(double share, int stated, int readable, boolean provisional, double threshold,
                           List<CoveragePart> parts, String notice) {
        Coverage withNotice(String text) {
            return new Coverage(share, stated, readable, provisional, threshold, parts, text);
        }
    }

    /** Coverage of one kind of fact. */
    public record CoveragePart(GapKind kind, int stated, int readable) {
    }

    /** The kinds of fact the rules read and a profile may leave unknown. */
    public enum GapKind { INDICATOR, QUESTION, ASSET_FIGURE }

    /**
     * The place on the four ecosystem elements, in the spirit of the RIS3 assessment wheel: {@code strengths}
     * sums the points of model evidence citing a fact of the element (each piece counted once per element it
     * cites), {@code constraints} sums the severity of the diagnosed constraints of the element.
     */
    public record ElementScore(String id, String title, double strengths, double constraints) {
    }

    /** The advice with another provenance; without one (null), its JSON is all but the provenance. */
    public Advice withProvenance(Provenance other) {
        return new Advice(profile, lang, coverage, certainty, models, recommendations, constraints, elements, dataGaps,
                counterfactuals, other);
    }

    /** The advice with counterfactuals added (they are computed only on request). */
    public Advice withCounterfactuals(List<Counterfactual> found) {
        return new Advice(profile, lang, coverage, certainty, models, recommendations, constraints, elements, dataGaps,
                found, provenance);
    }

    /**
     * The smallest single change found that brings {@code id} into the top places, or (for a top
     * recommendation) makes it unnecessary; {@code effects} is everything that change moves. {@code confirmed}
     * says whether its JSON Patch, applied to the profile as a client would send it and evaluated afresh, gave the
     * predicted outcome; a confirmed change is reported in preference to a cheaper unconfirmed one.
     */
    public record Counterfactual(Ranked.Kind kind, String id, Goal goal, Integer currentRank, double currentScore,
                                 ChangeDescription change, Integer predictedRank, double predictedScore,
                                 List<Change> effects, boolean confirmed) {
    }

    /** One change, in words and as a JSON Patch that {@code POST /api/v1/scenarios/compare} accepts. */
    public record ChangeDescription(ChangeType type, String summary, String path, Object from, Object to,
                                    double cost,
                                    @io.swagger.v3.oas.annotations.media.ArraySchema(arraySchema = @Schema(
                                            description = "The change as a JSON Patch that compareScenarios accepts"),
                                            schema = @Schema(implementation = org.gba.advisor.vocabulary.JsonPatchOperation.class))
                                    List<java.util.Map<String, Object>> patch) {
    }

    /** The kinds of single change tried. */
    public enum ChangeType { MOVE_INDICATOR, LEARN_INDICATOR, LIFT_CONSTRAINT, ADD_ASSET }

    /** Enter the top places, or (for a top recommendation) stop being needed. */
    public enum Goal { ENTER_TOP, BECOME_UNNECESSARY }

    /** The place the advice is for. */
    public record Place(String id, String name, PlaceKind kind, Jurisdiction jurisdiction, String parent,
                        Integer year) {
    }

    /** How well one practice model fits, with the paper's cases for it. */
    public record ModelFit(String id, int rank, RankInterval robustness, double score, Fit fit, String title,
                           String summary, String lead, String cooperation, Named function, List<String> cases,
                           List<Reason> because, List<String> sections) {
    }

    /**
     * One recommended action of a countermeasure, made specific to the place where the rules could. {@code form}
     * is EXTEND when an instrument in force already carries it out ({@code inForce}): the actions then say to
     * evaluate and extend it.
     */
    public record Recommendation(String id, String countermeasure, int rank, RankInterval robustness, double score,
                                 Priority priority,
                                 Form form, String title, String countermeasureTitle, List<String> actions,
                                 List<InForce> inForce, List<Reason> because, List<String> sections) {
    }

    /** Whether an action is to be started or, being in force, evaluated and extended. */
    public enum Form { NEW, EXTEND }

    /** An instrument in force that carries out a recommended action. */
    public record InForce(String code, String title, Integer since, String path, String notice) {
    }

    /** A constraint of §3.2 the rules found, with its severity (the sum of its evidence points). */
    public record Diagnosis(String id, String parent, String title, String summary, String element,
                            int rank, double severity, List<Reason> because, List<String> sections) {
    }

    /** One piece of evidence: which rule, why, the facts it used and the points it gave. */
    public record Reason(String rule, String ruleName, String text, String section, double weight, double factor,
                         double points, List<FactRef> facts) {
    }

    /** An id with its title. */
    public record Named(String id, String title) {
    }

    /**
     * Something the profile leaves unknown that would change the advice if known: an indicator, a checklist
     * question or a figure of one of its assets ({@code kind}, {@code code}); {@code path} is where its fact would
     * go. For each probed value or answer, what would change. Found by evaluating the profile again, never guessed.
     */
    public record DataGap(GapKind kind, String code, String path, String title, String help, String unit,
                          String element, String standard, List<Probe> probes) {
    }

    /**
     * One probed value ({@code value}) or answer ({@code answer}) of an unknown and the changes it would bring;
     * {@code basis} names the threshold probed, or the band the value falls in.
     */
    public record Probe(Double value, org.gba.advisor.vocabulary.Answer answer, String basis, List<Change> changes) {
    }

    /**
     * Which rules answered, when, and how long the evaluation took. {@code cached} says the ranking and data
     * gaps came from an earlier evaluation of the same profile under the same rules version (the timing is then
     * that evaluation's).
     */
    public record Provenance(String rulesVersion, Instant rulesLoadedAt, Instant evaluatedAt,
                             long evaluationMicros, int rulesFired, int evaluations, boolean cached, String engine) {
    }

    /** A model's fit, from the score bands of the parameters file. */
    public enum Fit { STRONG, MODERATE, WEAK, NONE }

    /** A recommendation's priority, from the score bands of the parameters file. */
    public enum Priority { HIGH, MEDIUM, LOW }
}
