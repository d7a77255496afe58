package org.gba.advisor.access;

import org.gba.advisor.http.ProblemException;
import org.gba.advisor.http.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A request the caller may not make: 401 {@code unauthorized} when no key came with it, else 403 {@code forbidden}. */
public class AccessRefusedException extends ProblemException {
    private final boolean unauthenticated;

    public AccessRefusedException(boolean unauthenticated, String what) {
        super(unauthenticated ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
                unauthenticated ? ProblemTypes.UNAUTHORIZED : ProblemTypes.FORBIDDEN,
                unauthenticated ? "Unauthorized" : "Forbidden",
                unauthenticated ? what + " needs an API key (X-API-Key or Bearer)." : "This API key may not " + what + ".");
        this.unauthenticated = unauthenticated;
        if (unauthenticated) {
            getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
    }

    public boolean unauthenticated() {
        return unauthenticated;
    }
}
