package org.gba.advisor.profiles;

/** A stored profile has no such version, or there is no such advice record. */
public class UnknownVersionException extends RuntimeException {
    public UnknownVersionException(String message) {
        super(message);
    }
}
