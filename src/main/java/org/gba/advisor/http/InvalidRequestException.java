package org.gba.advisor.http;

import java.util.List;
import org.gba.advisor.vocabulary.Violation;
import org.springframework.http.HttpStatus;

/** A request that breaks one of the service's rules or limits: a 400 {@code invalid-request} naming the fields. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                violations.size() == 1 ? violations.get(0).message()
                        : violations.size() + " field(s) of the request are not valid");
        errors(List.copyOf(violations));
    }

    public InvalidRequestException(String pointer, String message) {
        this(List.of(new Violation(pointer, message)));
    }
}
