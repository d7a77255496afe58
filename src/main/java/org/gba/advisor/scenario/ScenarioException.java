package org.gba.advisor.scenario;

import java.util.List;
import org.gba.advisor.http.ProblemException;
import org.gba.advisor.http.ProblemTypes;
import org.gba.advisor.vocabulary.Violation;
import org.springframework.http.HttpStatus;

/**
 * A scenario could not be applied, or gave an invalid profile: a 400 {@code invalid-scenario} naming the scenario,
 * the operation and the fields.
 */
public class ScenarioException extends ProblemException {
    private final String scenario;
    private final Integer scenarioIndex;
    private final Integer operation;
    private final List<Violation> violations;

    public ScenarioException(String scenario, Integer scenarioIndex, Integer operation, String message,
                             List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_SCENARIO, "Invalid scenario",
                "Scenario '" + scenario + "'" + (operation == null ? "" : ", operation " + operation) + ": " + message);
        this.scenario = scenario;
        this.scenarioIndex = scenarioIndex;
        this.operation = operation;
        this.violations = List.copyOf(violations);
        with("scenario", scenario);
        with("scenarioIndex", scenarioIndex);
        with("operation", operation);
        errors(this.violations);
    }

    public String scenario() { return scenario; }
    public Integer scenarioIndex() { return scenarioIndex; }
    public Integer operation() { return operation; }
    public List<Violation> violations() { return violations; }
}
