package org.gba.advisor.scenario;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.gba.advisor.advice.Advice;
import org.gba.advisor.advice.Change;
import org.gba.advisor.engine.facts.FactRef;

/** The advice for a base profile and for each scenario, with what moved and why. */
public record Comparison(Advice base, List<Outcome> scenarios) {

    /** One scenario's advice and its differences from the base. */
    @Schema(name = "ScenarioOutcome")
    public record Outcome(String name, Advice advice, List<ExplainedChange> diff) {
    }

    /**
     * One constraint, model or recommendation that entered, left or moved, with the evidence that appeared
     * or disappeared: the rules whose evidence changed and the facts they used.
     */
    @Schema(name = "ExplainedChange")
    public record ExplainedChange(Change change, List<EvidenceDelta> evidence) {
    }

    /** Evidence of one rule that the scenario added (positive points) or removed (negative points). */
    public record EvidenceDelta(String rule, String ruleName, String section, double points, List<FactRef> facts) {
    }
}
