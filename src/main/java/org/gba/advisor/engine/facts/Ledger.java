package org.gba.advisor.engine.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The single-place ledger: each piece of evidence cites facts of the one place being evaluated. */
public final class Ledger extends EvidenceLedger<Evidence> {

    public Ledger(Parameters parameters) {
        super(parameters);
    }

    @Override
    protected Evidence evidence(Firing f, Object[] facts) {
        return new Evidence(f.target(), f.ruleId(), f.ruleName(), f.section(), f.weight(), f.factor(), f.points(),
                refs(facts), f.specifics());
    }

    private static List<FactRef> refs(Object[] facts) {
        List<FactRef> out = new ArrayList<>();
        for (Object f : facts) {
            addRef(out, f);
        }
        return List.copyOf(out);
    }

    private static void addRef(List<FactRef> out, Object f) {
        if (f instanceof Traceable t) {
            out.add(t.ref());
        } else if (f instanceof FactRef r) {
            out.add(r);
        } else if (f instanceof Collection<?> c) {
            c.forEach(x -> addRef(out, x));
        } else if (f != null) {
            throw new IllegalArgumentException("a rule cited something that is not a fact: " + f);
        }
    }
}
