package org.gba.advisor.scenario;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.gba.advisor.advice.Advice;
import org.gba.advisor.advice.ExplainedChange;

/** The advice for a base profile and for each scenario, with what moved and why. */
public record Comparison(Advice base, List<Outcome> scenarios) {

    /** One scenario's advice and its differences from the base. */
    @Schema(name = "ScenarioOutcome")
    public record Outcome(String name, Advice advice, List<ExplainedChange> diff) {
    }
}
