package org.gba.advisor.vocabulary;

/**
 * Something a rule gives points to: a constraint the place suffers (C1–C4b), a practice model that fits it (M1–M4)
 * or an action of a countermeasure (CM1a–CM4e). The ids are the paper's and fixed with it, so rules name them as
 * constants the rule compiler checks, and the catalog gives each its texts.
 */
public sealed interface Target permits ConstraintId, ModelId, ActionId {
    /** The id as the paper and every answer write it, e.g. {@code C3a}, {@code M4}, {@code CM2b}. */
    String id();
}
