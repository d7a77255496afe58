package org.gba.advisor.system;

import org.gba.advisor.engine.RuleBaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up stopped by broken rules: each problem with its file and line, and what to do. */
class RuleBaseFailureAnalyzer extends AbstractFailureAnalyzer<RuleBaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleBaseException cause) {
        return new FailureAnalysis("The rules could not be compiled:\n  " + String.join("\n  ", cause.problems()),
                "Fix the named rule files (or point advisor.rules-dir at a good rules folder) and start again.",
                cause);
    }
}
