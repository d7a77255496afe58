package org.gba.advisor.engine.facts;

import org.gba.advisor.vocabulary.ConstraintType;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Severity;

/** Rule fact: a constraint the submitter declared, with the factor its severity scales points by. */
public final class DeclaredConstraint implements Traceable {
    private final String path;
    private final ConstraintType type;
    private final Flow flow;
    private final String field;
    private final Severity severity;
    private final double factor;
    private final String source;
    private final String element;

    public DeclaredConstraint(String path, ConstraintType type, Flow flow, String field, Severity severity,
                              double factor, String source, String element) {
        this.path = path;
        this.type = type;
        this.flow = flow;
        this.field = field;
        this.severity = severity;
        this.factor = factor;
        this.source = source;
        this.element = element;
    }

    public ConstraintType getType() { return type; }
    public Flow getFlow() { return flow; }
    public String getField() { return field; }
    public Severity getSeverity() { return severity; }
    /** The severity factor from the parameters file; rules scale their weight by it. */
    public double getFactor() { return factor; }

    @Override
    public FactRef ref() {
        String label = type.name() + (flow == null ? "" : ":" + flow.name()) + " (" + severity.name() + ")";
        return new FactRef(path, "constraint", label, element, null, null, null, source);
    }
}
