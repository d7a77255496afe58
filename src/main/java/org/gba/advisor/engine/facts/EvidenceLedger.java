package org.gba.advisor.engine.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gba.advisor.vocabulary.LocalizedName;
import org.gba.advisor.vocabulary.Target;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where rules write their evidence, as a session global: calling it changes no fact, so it cannot make a rule
 * fire again. The rule's id, name and section come from its own metadata and its points from the parameters
 * file, so a rule's action names only what it supports, the facts it used and the details for the wording.
 * Subclasses decide what a piece of evidence holds (one place's facts, or several places').
 *
 * @param <E> the evidence this ledger records
 */
public abstract class EvidenceLedger<E> {
    /** The key under which a specific names its catalog template. */
    public static final String TEMPLATE = "template";

    private final Parameters parameters;
    private final List<E> entries = new ArrayList<>();
    /** In a tracked ledger: the evidence in force, each held by the support fact its rule firing inserted. */
    private final LinkedHashSet<Support> live;
    /** Latent firings (see {@code Ledger#banded}): in a tracked ledger held like the evidence, otherwise listed. */
    private final LinkedHashSet<Support> latentLive;
    private final List<E> latentEntries = new ArrayList<>();
    private final LinkedHashSet<Support> addedSinceMark = new LinkedHashSet<>();
    private final LinkedHashSet<Support> withdrawnSinceMark = new LinkedHashSet<>();
    private Support last;
    /** In an untracked ledger: the list the evidence recorded last went to. */
    private List<E> lastListed;

    protected EvidenceLedger(Parameters parameters) {
        this(parameters, false);
    }

    /**
     * A tracked ledger also inserts, for each piece of evidence, a {@link Support} fact logically, so that truth
     * maintenance withdraws it when the match that recorded it no longer holds (a fact it rested on was deleted, or
     * the rule fired again for a changed match); the session tells the ledger through {@link #withdraw}. That keeps
     * the evidence right while one session moves from one profile to another ({@code engine.ProbeSession}).
     */
    protected EvidenceLedger(Parameters parameters, boolean tracked) {
        this.parameters = parameters;
        this.live = tracked ? new LinkedHashSet<>() : null;
        this.latentLive = tracked ? new LinkedHashSet<>() : null;
    }

    /**
     * The fact that keeps one piece of evidence in force: no rule matches it, and identity is its equality, so
     * truth maintenance holds each one by the one rule firing that inserted it.
     */
    public static final class Support {
        private Object evidence;
        private final boolean latent;

        private Support(Object evidence, boolean latent) {
            this.evidence = evidence;
            this.latent = latent;
        }

        public Object evidence() {
            return evidence;
        }

        @Override
        public String toString() {
            return "Support[" + evidence + "]";
        }
    }

    /** A tracked ledger's evidence whose support truth maintenance has deleted. */
    public final void withdraw(Support support) {
        if (support.latent) {
            if (latentLive != null) {
                latentLive.remove(support);
            }
            return;
        }
        if (live != null && live.remove(support) && !addedSinceMark.remove(support)) {
            withdrawnSinceMark.add(support);
        }
    }

    /** Starts counting what is added and withdrawn from here on (tracked ledgers). */
    public final void mark() {
        addedSinceMark.clear();
        withdrawnSinceMark.clear();
    }

    /** The evidence recorded since {@link #mark()} and still in force. */
    @SuppressWarnings("unchecked")
    public final List<E> addedSinceMark() {
        return addedSinceMark.stream().map(s -> (E) s.evidence).toList();
    }

    /** The evidence in force at {@link #mark()} that has been withdrawn since. */
    @SuppressWarnings("unchecked")
    public final List<E> withdrawnSinceMark() {
        return withdrawnSinceMark.stream().map(s -> (E) s.evidence).toList();
    }

    /** Whether nothing was added or withdrawn since {@link #mark()}. */
    public final boolean unchangedSinceMark() {
        return addedSinceMark.isEmpty() && withdrawnSinceMark.isEmpty();
    }

    /** {@code facts} may hold rule facts, fact references or collections of them. */
    public E support(RuleContext ctx, Target target, Object... facts) {
        return add(ctx, target, 1.0, Map.of(), facts);
    }

    /** As {@link #support}, with the weight scaled by {@code factor} (a severity, or an asset being built). */
    public E scaled(RuleContext ctx, Target target, double factor, Object... facts) {
        return add(ctx, target, factor, Map.of(), facts);
    }

    /**
     * As {@link #support}, also naming details for the action text: {@code template} picks the catalog
     * wording and {@code details} fill its placeholders (a name, a code, or collections of them).
     */
    public E specific(RuleContext ctx, Target target, String template, Map<String, ?> details, Object... facts) {
        return specific(ctx, target, 1.0, template, details, facts);
    }

    /** As {@link #specific(RuleContext, String, String, Map, Object...)}, with the weight scaled by {@code factor}. */
    public E specific(RuleContext ctx, Target target, double factor, String template, Map<String, ?> details,
                      Object... facts) {
        Map<String, List<String>> specifics = new LinkedHashMap<>();
        specifics.put(TEMPLATE, List.of(template));
        details.forEach((k, v) -> specifics.put(k, names(v)));
        return add(ctx, target, factor, specifics, facts);
    }

    /** Replaces the evidence recorded last (a subclass refining what it just recorded). */
    protected final void replaceLast(E e) {
        if (live != null) {
            last.evidence = e;
        } else {
            lastListed.set(lastListed.size() - 1, e);
        }
    }

    /** The latent firings in force (see {@code Ledger#banded}): what would count if figures showed it. */
    public List<E> latent() {
        return inForce(latentLive, latentEntries);
    }

    /** The evidence in force, in the order it was recorded. */
    public List<E> entries() {
        return inForce(live, entries);
    }

    /** A tracked ledger's evidence held by {@code held}; an untracked one's {@code listed}. */
    @SuppressWarnings("unchecked")
    private List<E> inForce(Set<Support> held, List<E> listed) {
        if (held == null) {
            return List.copyOf(listed);
        }
        List<E> out = new ArrayList<>(held.size());
        held.forEach(s -> out.add((E) s.evidence));
        return out;
    }

    /** What one rule firing recorded, with its weight already looked up. */
    protected record Firing(String target, String ruleId, String ruleName, String section, double weight,
                            double factor, Map<String, List<String>> specifics) {
        public double points() {
            return weight * factor;
        }
    }

    protected abstract E evidence(Firing firing, Object[] facts);

    protected final E add(RuleContext ctx, Target target, double factor, Map<String, List<String>> specifics,
                          Object[] facts) {
        return add(ctx, target, factor, reachFactor(facts), specifics, facts, false);
    }

    /**
     * As {@link #add}, with the facts' {@code reach} factor already known, kept aside if {@code latent}: it counts
     * for nothing and is not among the entries.
     */
    protected final E add(RuleContext ctx, Target target, double factor, double reach,
                          Map<String, List<String>> specifics, Object[] facts, boolean latent) {
        Rule rule = ctx.getRule();
        String id = String.valueOf(rule.getMetaData().get("id"));
        E e = evidence(new Firing(target.id(), id, rule.getName(), String.valueOf(rule.getMetaData().get("source")),
                parameters.weight(id), factor * reach, specifics), facts);
        if (live != null) {
            last = new Support(e, latent);
            (latent ? latentLive : live).add(last);
            if (!latent) {
                addedSinceMark.add(last);
            }
            ctx.insertLogical(last);
        } else {
            lastListed = latent ? latentEntries : entries;
            lastListed.add(e);
        }
        return e;
    }

    /** The parameters the rules' weights, thresholds and bands come from. */
    protected final Parameters parameters() {
        return parameters;
    }

    /** The smallest reach factor of the cited facts: evidence resting on a neighbour's asset counts for less. */
    protected static double reachFactor(Object[] facts) {
        double least = 1.0;
        for (Object f : facts) {
            if (f instanceof Reachable r) {
                least = Math.min(least, r.reachFactor());
            } else if (f instanceof Collection<?> c) {
                least = Math.min(least, reachFactor(c.toArray()));
            }
        }
        return least;
    }

    /**
     * Details as strings: a code as it is, a name by its English form, which the writer turns into the answer's
     * language through the names of the places it writes for (vocabulary {@code Names}).
     */
    private static List<String> names(Object values) {
        if (values instanceof Collection<?> c) {
            return c.stream().map(EvidenceLedger::detail).distinct().sorted().toList();
        }
        return List.of(detail(values));
    }

    private static String detail(Object value) {
        return value instanceof LocalizedName n ? n.en() : String.valueOf(value);
    }
}
