package org.gba.advisor.engine;

import java.util.List;

/** The rules folder could not be turned into a rule base; each problem names its file and, where known, line. */
public class RuleBaseException extends RuntimeException {
    private final List<String> problems;

    public RuleBaseException(List<String> problems) {
        super("the rules could not be loaded:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
