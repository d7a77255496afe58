package org.gba.advisor.access;

/** A request the caller may not make: {@code unauthenticated} (401) when no key came with it, else 403. */
public class AccessRefusedException extends RuntimeException {
    private final boolean unauthenticated;

    public AccessRefusedException(boolean unauthenticated, String message) {
        super(message);
        this.unauthenticated = unauthenticated;
    }

    public boolean unauthenticated() {
        return unauthenticated;
    }
}
