package org.gba.advisor.vocabulary;

import java.util.List;

/** A profile failed validation; it carries every violation, not just the first. */
public class InvalidProfileException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidProfileException(List<Violation> violations) {
        super(violations.size() + " problem(s) in the profile, first: " + violations.get(0).pointer() + " "
                + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
