package org.gba.advisor.profiles;

/** No profile has the requested id. */
public class UnknownProfileException extends RuntimeException {
    private final String id;

    public UnknownProfileException(String id) {
        super("no profile with id '" + id + "'");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
