package org.gba.advisor.http;

import java.net.URI;
import java.util.List;
import org.gba.advisor.vocabulary.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error a feature answers with: it carries its own status, stable problem {@code type} and plain message,
 * so that the one error handler turns it into problem+json without knowing the feature.
 */
public class ProblemException extends ErrorResponseException {

    public ProblemException(HttpStatus status, URI type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    /** The problem body every error of the service shares: type, title, status and a plain detail. */
    public static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(type);
        p.setTitle(title);
        return p;
    }

    /** Adds a property to the problem body, e.g. the fields at fault; a null is left out, as in every answer. */
    protected final ProblemException with(String name, Object value) {
        if (value != null) {
            getBody().setProperty(name, value);
        }
        return this;
    }

    /** Names the fields at fault, each by its JSON Pointer. */
    protected final ProblemException errors(List<Violation> violations) {
        return with("errors", violations);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
