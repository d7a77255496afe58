package org.gba.advisor.testing;

import jakarta.validation.Validation;
import java.util.List;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileValidator;

/** The fixtures folder, read and validated the way the service reads it at start-up. */
public final class Fixtures {
    public static final ProfileValidator VALIDATOR =
            new ProfileValidator(Validation.buildDefaultValidatorFactory().getValidator());
    public static final SampleProfiles SAMPLES =
            SampleProfiles.load(TestRules.FIXTURES_DIR, VALIDATOR, TestRules.RULES.catalog())
                    .withReachResolved(TestRules.RULES.parameters().reach());

    private Fixtures() {
    }

    public static List<Profile> all() {
        return List.copyOf(SAMPLES.all());
    }

    public static Profile get(String id) {
        return SAMPLES.get(id);
    }
}
