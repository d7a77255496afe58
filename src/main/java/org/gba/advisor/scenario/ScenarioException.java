package org.gba.advisor.scenario;

import java.util.List;
import org.gba.advisor.vocabulary.Violation;

/** A scenario could not be applied, or gave an invalid profile: names the scenario, the operation and the fields. */
public class ScenarioException extends RuntimeException {
    private final String scenario;
    private final Integer scenarioIndex;
    private final Integer operation;
    private final List<Violation> violations;

    public ScenarioException(String scenario, Integer scenarioIndex, Integer operation, String message,
                             List<Violation> violations) {
        super(message);
        this.scenario = scenario;
        this.scenarioIndex = scenarioIndex;
        this.operation = operation;
        this.violations = List.copyOf(violations);
    }

    public String scenario() { return scenario; }
    public Integer scenarioIndex() { return scenarioIndex; }
    public Integer operation() { return operation; }
    public List<Violation> violations() { return violations; }
}
