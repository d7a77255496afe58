package org.gba.advisor.profiles;

import org.gba.advisor.http.ProblemException;
import org.gba.advisor.http.ProblemTypes;
import org.springframework.http.HttpStatus;

/** No profile has the requested id: a 404 {@code unknown-profile} naming it. */
public class UnknownProfileException extends ProblemException {
    private final String id;

    public UnknownProfileException(String id) {
        super(HttpStatus.NOT_FOUND, ProblemTypes.UNKNOWN_PROFILE, "Unknown profile",
                "There is no profile with id '" + id + "'; GET /api/v1/profiles lists them.");
        this.id = id;
        with("profileId", id);
    }

    public String id() {
        return id;
    }
}
