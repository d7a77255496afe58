package org.gba.advisor.profiles;

import org.gba.advisor.http.ProblemException;
import org.gba.advisor.http.ProblemTypes;
import org.springframework.http.HttpStatus;

/** A stored profile has no such version, or there is no such advice record: a 404 {@code unknown-version}. */
public class UnknownVersionException extends ProblemException {
    public UnknownVersionException(String message) {
        super(HttpStatus.NOT_FOUND, ProblemTypes.UNKNOWN_VERSION, "Unknown version", message);
    }
}
