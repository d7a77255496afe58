package org.gba.advisor.engine.facts;

import org.gba.advisor.vocabulary.ConstraintId;

/**
 * Rule fact: a constraint of §3.2 diagnosed by one rule, with the evidence that rule recorded. Model and
 * countermeasure rules rest on diagnoses by their constraint (and, where they must, their {@link Finding}), never
 * by the id of the diagnosing rule, so renaming a rule cannot silently switch its answers off.
 */
public final class Diagnosis implements Traceable {
    private final ConstraintId constraint;
    private final Finding finding;
    private final Evidence evidence;

    public Diagnosis(ConstraintId constraint, Finding finding, Evidence evidence) {
        this.constraint = constraint;
        this.finding = finding;
        this.evidence = evidence;
    }

    public ConstraintId getConstraint() { return constraint; }
    /** The particular signal, or null. */
    public Finding getFinding() { return finding; }
    /** The points this diagnosis gave its constraint. */
    public double getPoints() { return evidence.points(); }
    /** The factor the diagnosing rule applied (e.g. a declared severity), 1 when none. */
    public double getFactor() { return evidence.factor(); }
    public Evidence evidence() { return evidence; }

    @Override
    public FactRef ref() {
        return evidence.ref();
    }

    @Override
    public String toString() {
        return "Diagnosis[" + constraint + (finding == null ? "" : "/" + finding) + ", " + evidence.ruleId() + "]";
    }
}
