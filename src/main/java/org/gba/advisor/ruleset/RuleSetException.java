package org.gba.advisor.ruleset;

import java.util.List;
import org.gba.advisor.http.ProblemException;
import org.gba.advisor.http.ProblemTypes;
import org.gba.advisor.vocabulary.Violation;
import org.springframework.http.HttpStatus;

/** The problems of rule set versions: one that does not exist, one whose rules do not compile. */
public final class RuleSetException {
    private RuleSetException() {
    }

    /** No rule set has this version: a 404 {@code unknown-rule-set}. */
    public static class Unknown extends ProblemException {
        public Unknown(int version) {
            super(HttpStatus.NOT_FOUND, ProblemTypes.UNKNOWN_RULE_SET, "Unknown rule set",
                    "There is no rule set version " + version + "; GET /api/v1/rules/versions lists them.");
        }
    }

    /**
     * The rules of a draft, an upload or a version to publish do not compile here or fail the loader's checks: a
     * 422 {@code invalid-rules}, each problem of the compiler or loader as one error of the file it names.
     */
    public static class Refused extends ProblemException {
        public Refused(String what, List<String> problems) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_RULES, "Rules that do not compile",
                    what + ": " + problems.size() + " problem(s); nothing was stored or published");
            errors(problems.stream().map(p -> new Violation("/files/" + fileOf(p), p)).toList());
        }

        private static String fileOf(String problem) {
            int colon = problem.indexOf(':');
            String file = colon > 0 ? problem.substring(0, colon) : "";
            return file.matches("[\\w./-]+\\.(drl|yaml)") ? file.replace("~", "~0").replace("/", "~1") : "-";
        }
    }
}
