package org.gba.advisor.system;

import java.util.List;
import org.gba.advisor.http.ProblemException;
import org.gba.advisor.http.ProblemTypes;
import org.gba.advisor.vocabulary.InvalidProfileException;
import org.gba.advisor.vocabulary.ProfileFormException;
import org.gba.advisor.vocabulary.ProfileJson;
import org.gba.advisor.vocabulary.ProfileValidator;
import org.gba.advisor.vocabulary.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every error into RFC 9457 problem+json with a stable {@code type}, the field's JSON Pointer where
 * there is one and a plain message. Never a stack trace, never a 500 for bad input.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidProfileException.class)
    ResponseEntity<Object> invalidProfile(InvalidProfileException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PROFILE, "Invalid profile",
                e.violations().size() + " field(s) of the profile are not valid");
        p.setProperty("errors", e.violations());
        return response(p);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return response(problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                "The advisor failed to answer; the error is logged."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        ProblemDetail p;
        if (causeOfType(ex, ProfileFormException.class) != null) {
            ProfileFormException form = causeOfType(ex, ProfileFormException.class);
            String at = ProfileJson.pointer(form);
            List<Violation> errors = form.violations().stream()
                    .map(v -> new Violation(at + v.pointer(), v.message())).toList();
            p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PROFILE, "Invalid profile",
                    errors.size() + " field(s) of the profile are not valid");
            p.setProperty("errors", errors);
        } else if (cause instanceof StreamConstraintsException limit) {
            String where = limit.getLocation() == null ? ""
                    : " (at line " + limit.getLocation().getLineNr() + ", column " + limit.getLocation().getColumnNr() + ")";
            // Jackson's message names the Java setting that holds the limit; the client needs only the limit.
            String what = limit.getOriginalMessage().replaceAll(",? ?from `[^`]*`", "");
            p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.JSON_LIMIT_EXCEEDED, "JSON beyond limits",
                    "The body goes beyond what the advisor reads: " + what + where + ".");
        } else if (cause instanceof StreamReadException read && !(cause instanceof MismatchedInputException)
                && !(cause instanceof InputCoercionException)) {
            String where = read.getLocation() == null ? ""
                    : " at line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr();
            p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON, "Malformed JSON",
                    "The body is not well-formed JSON" + where + ": " + read.getOriginalMessage());
        } else if (cause instanceof JacksonException json) {
            String pointer = ProfileJson.pointer(json);
            p = inProfile(json, pointer)
                    ? problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PROFILE, "Invalid profile",
                            "A field of the profile has the wrong form.")
                    : problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                            "A field of the request has the wrong form.");
            p.setProperty("errors", List.of(new Violation(pointer, ProfileJson.plainMessage(json))));
        } else {
            p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON, "Missing or unreadable body",
                    "The request needs a JSON body.");
        }
        return response(p);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new Violation(ProfileValidator.pointer(f.getField()), f.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(Violation::pointer)).toList();
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                violations.size() + " field(s) of the request are not valid");
        p.setProperty("errors", violations);
        return response(p);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> base = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (base != null && base.getBody() instanceof ProblemDetail p) {
            if (p.getType() == null || "about:blank".equals(p.getType().toString())) {
                p.setType(typeFor(statusCode));
            }
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.putAll(base.getHeaders());
            problemHeaders.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
            return new ResponseEntity<>(p, problemHeaders, base.getStatusCode());
        }
        return base;
    }

    /** Whether the field at fault is a profile's: the body is one, or the field lies in one it holds. */
    private static boolean inProfile(JacksonException e, String pointer) {
        Object root = e.getPath().isEmpty() ? null : e.getPath().get(0).from();
        Class<?> type = root instanceof Class<?> c ? c : root == null ? null : root.getClass();
        return type == null || type == org.gba.advisor.vocabulary.Profile.class || pointer.isEmpty()
                || pointer.matches("/(profile|base|profiles/\\d+)(/.*)?");
    }

    private static java.net.URI typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 406 -> ProblemTypes.NOT_ACCEPTABLE;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            case 400 -> ProblemTypes.BAD_REQUEST;
            default -> ProblemTypes.INTERNAL;
        };
    }

    static ProblemDetail problem(HttpStatus status, java.net.URI type, String title, String detail) {
        return ProblemException.problem(status, type, title, detail);
    }

    private static ResponseEntity<Object> response(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
