package org.gba.advisor.engine.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gba.advisor.vocabulary.Target;
import java.util.Map;
import org.gba.advisor.vocabulary.ActionId;
import org.gba.advisor.vocabulary.ConstraintId;
import org.kie.api.runtime.rule.RuleContext;

/** The single-place ledger: each piece of evidence cites facts of the one place being evaluated. */
public final class Ledger extends EvidenceLedger<Evidence> {
    /** The template name under which in-force evidence asks for the action's extend wording. */
    public static final String IN_FORCE_TEMPLATE = "extend";
    /** The key under which in-force evidence names its instrument's catalog code. */
    public static final String INSTRUMENT = "instrument";

    public Ledger(Parameters parameters) {
        super(parameters);
    }

    /** A ledger whose evidence truth maintenance withdraws with the match that recorded it (see the superclass). */
    public static Ledger tracked(Parameters parameters) {
        return new Ledger(parameters, true);
    }

    private Ledger(Parameters parameters, boolean tracked) {
        super(parameters, tracked);
    }

    /**
     * Records that {@code action} is already carried out by an instrument in force: the action's other evidence
     * is scaled by this rule's weight (its in-force factor) when ranked, and its text becomes the extend wording.
     */
    public Evidence inForce(RuleContext ctx, ActionId action, Instrument instrument) {
        Evidence e = add(ctx, action, 1.0, Map.of(TEMPLATE, List.of(IN_FORCE_TEMPLATE),
                INSTRUMENT, List.of(instrument.getCode())), new Object[] {instrument});
        Evidence scaling = new Evidence(e.target(), e.ruleId(), e.ruleName(), e.section(), e.weight(), e.factor(), 0,
                e.facts(), e.specifics(), Evidence.Effect.SCALE);
        replaceLast(scaling);
        return scaling;
    }

    /**
     * As {@link #scaled}, banded by figures of one asset as well: the points are also multiplied by the largest band
     * factor of the known figures among {@code bands} (1 if none is known), and the asset is cited first, then
     * {@code facts}, then its known figures. The evidence keeps how it was banded ({@link Banding}), so that a figure
     * not yet known can be tried without firing the rule again. Where the figures do not show what {@code bands} asks
     * ({@link Bands#whereKnown}), the firing is kept aside as latent: it counts for nothing and is never shown, but
     * tells what a figure would add.
     */
    public Evidence banded(RuleContext ctx, Target target, double factor, Bands bands, Object... facts) {
        Asset asset = bands.asset();
        Object[] cited = new Object[facts.length + 1 + bands.codes().size()];
        cited[0] = asset;
        System.arraycopy(facts, 0, cited, 1, facts.length);
        for (int i = 0; i < bands.codes().size(); i++) {
            cited[facts.length + 1 + i] = asset.figureRef(bands.codes().get(i));
        }
        boolean counts = bands.presence().holds(bands.codes(), asset::figureValue);
        double band = asset.bestBand(parameters(), bands.codes().toArray(String[]::new));
        double reach = reachFactor(cited);
        Evidence e = add(ctx, target, factor * band, reach, Map.of(), cited, !counts);
        Evidence banded = e.withBanding(new Banding(asset.path(), bands.codes(), bands.presence(), factor, reach));
        replaceLast(banded);
        return banded;
    }

    /** Diagnoses {@code constraint}: records the evidence and returns it as a fact for the rules that answer it. */
    public Diagnosis diagnose(RuleContext ctx, ConstraintId constraint, Object... facts) {
        return diagnoseFinding(ctx, constraint, null, 1.0, facts);
    }

    /** As {@link #diagnose(RuleContext, ConstraintId, Object...)}, with the weight scaled by {@code factor}. */
    public Diagnosis diagnoseScaled(RuleContext ctx, ConstraintId constraint, double factor, Object... facts) {
        return diagnoseFinding(ctx, constraint, null, factor, facts);
    }

    /**
     * Diagnoses {@code constraint} with a named {@code finding}, so that an answering rule can ask for that finding
     * by type rather than by the id of the rule that found it.
     */
    public Diagnosis diagnoseFinding(RuleContext ctx, ConstraintId constraint, Finding finding, double factor,
                                     Object... facts) {
        return new Diagnosis(constraint, finding, add(ctx, constraint, factor, Map.of(), facts));
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
