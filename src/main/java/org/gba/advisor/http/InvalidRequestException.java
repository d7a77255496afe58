package org.gba.advisor.http;

import java.util.List;
import org.gba.advisor.vocabulary.Violation;
import org.springframework.http.HttpStatus;

/**
 * A request that breaks a rule or a limit of its own (not of a profile): a 400 {@code invalid-request} naming
 * each field.
 */
public class InvalidRequestException extends ProblemException {
    public InvalidRequestException(List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                violations.size() + " field(s) of the request are not valid");
        errors(List.copyOf(violations));
    }

    public InvalidRequestException(String pointer, String message) {
        this(List.of(new Violation(pointer, message)));
    }
}
