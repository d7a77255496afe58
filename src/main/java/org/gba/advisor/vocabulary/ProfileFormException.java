package org.gba.advisor.vocabulary;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A profile in a request body has errors of form (and, found in the same reading, of content): every one of them,
 * each with its JSON Pointer from the profile itself. Jackson adds the profile's own place in the body as the
 * exception passes out ({@link ProfileJson#pointer}), so that the answer can point from the body's root.
 */
public class ProfileFormException extends DatabindException {
    private final transient List<Violation> violations;

    ProfileFormException(JsonParser parser, List<Violation> violations) {
        super(parser, violations.size() + " problem(s) in the profile: " + String.join("; ", violations.stream()
                .limit(5).map(v -> v.pointer() + " " + v.message()).toList()));
        this.violations = List.copyOf(violations);
    }

    /** The problems, pointed from the profile's root. */
    public List<Violation> violations() {
        return violations;
    }
}
