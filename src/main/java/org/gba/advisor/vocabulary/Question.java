package org.gba.advisor.vocabulary;

/**
 * A yes/no fact some rule reasons on by its absence. Silence is not "no": a rule that diagnoses a lack fires only
 * on an explicit NO (or never, where an asset of the profile already shows YES); when nothing is said, the advice
 * asks the question as a data gap. The catalog gives each question its texts; {@link Checklist} derives the answers
 * the assets already give.
 */
public enum Question {
    /** Does any research or industry asset of the place work with a partner across the HK/Macao boundary? (C1) */
    CROSS_BORDER_TIE,
    /** Does the (mainland) place work with a Hong Kong or Macao university? (C3b) */
    HK_MACAO_UNIVERSITY_TIE,
    /** Does the (SAR) place's research have an industrial partner on the mainland? (C3a) */
    SAR_INDUSTRY_PARTNER,
    /** Has a leading firm grown from the place's incubators or research results? (C3a) */
    INCUBATED_LEADING_FIRM,
    /** Does the place run an incubation or entrepreneurship base? (CM3b) */
    INCUBATION_BASE,
    /** Does the place have, or use within reach, a big science facility or supercomputing centre? (CM1c) */
    FACILITY_ACCESS;

    /** Whether the question is asked of a place on this side of the boundary. */
    public boolean appliesTo(Jurisdiction place) {
        return switch (this) {
            case HK_MACAO_UNIVERSITY_TIE -> !place.isSar();
            case SAR_INDUSTRY_PARTNER -> place.isSar();
            default -> true;
        };
    }
}
