package org.gba.advisor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gba.advisor.engine.facts.Asset;
import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.engine.facts.EvidenceLedger;
import org.gba.advisor.engine.facts.FactRef;
import org.gba.advisor.engine.facts.Ledger;
import org.gba.advisor.engine.facts.Parameters;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileAsset;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One profile evaluated in a session that stays open, so that variants of it (the data-gap probes: one more
 * indicator, answer or asset figure) are evaluated incrementally: the facts that differ are deleted and inserted, the
 * rules fire for what changed, and truth maintenance withdraws what no longer holds. The rules derive facts only
 * logically and record evidence in a tracked ledger, so the evidence in force after a move is the evidence a fresh
 * evaluation of the variant would record (a test compares the two for every fixture and for random profiles); a rule
 * base whose rules insert, change or delete facts otherwise is never evaluated this way ({@link RuleBase#incremental()}).
 *
 * <p>Not thread-safe; close it to give the session back to the pool.
 */
public final class ProbeSession implements AutoCloseable {
    private final KieSession session;
    private final Ledger ledger;
    private final Parameters parameters;
    private final Catalog catalog;
    private final Evaluation base;
    private final Probing probing;

    /**
     * What the rules' text says about moving a session between profiles: whether every consequence derives facts only
     * logically, which kinds of fact a {@code collect} or {@code accumulate} reads, whether such a rule reads
     * asset figures, whether every pattern that reads an asset's figures watches them (so that a change of figures
     * alone is told to the engine as such), and which figures the rules read only to band points.
     */
    record Probing(boolean incremental, java.util.Set<FactMapper.Kind> collectedKinds, boolean figuresCollected,
                   boolean figuresWatched, java.util.Set<String> bandedOnly, AnswersRead answers) {
        Probing {
            bandedOnly = java.util.Set.copyOf(bandedOnly);
        }

        boolean collected(FactMapper.Kind kind) {
            return collectedKinds.contains(kind);
        }
    }
    private final Map<FactMapper.Slot, FactMapper.Source> sources = new HashMap<>();
    private final Map<FactMapper.Slot, FactHandle> handles = new HashMap<>();
    private final Profile baseProfile;
    private Map<String, List<Banded>> bandedBase;
    /** The facts of the base profile's assets that figure probes were computed on, by index. */
    private final Map<Integer, Asset> baseAssets = new HashMap<>();
    private final List<Evidence> baseLatent;
    private Profile current;
    private int moves;
    private final Map<FactMapper.Slot, FactMapper.Source> baseSources;
    /** Whether the session holds the base profile's facts and those in {@link #extras}, and no other. */
    private boolean atBasePlusExtras = true;
    /** The slots the last move that only added facts to the base profile's filled. */
    private final java.util.Set<FactMapper.Slot> extras = new java.util.HashSet<>();
    private final RuleRuntimeEventListener withdrawals = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getOldObject() instanceof EvidenceLedger.Support support) {
                ledger.withdraw(support);
            }
        }
    };

    /** What a variant changes in the evidence of the base profile. */
    public record Delta(List<Evidence> added, List<Evidence> withdrawn) {
        public boolean isEmpty() {
            return added.isEmpty() && withdrawn.isEmpty();
        }
    }

    /** Told of each move, as the rule base's observer is of each evaluation: a move is a probe's evaluation. */
    interface Moves {
        void moved(long nanos, boolean succeeded);
    }

    private final Moves observer;

    ProbeSession(KieSession session, Profile profile, Parameters parameters, Catalog catalog, Probing probing,
                 Moves observer) {
        long start = System.nanoTime();
        this.observer = observer;
        this.probing = probing;
        this.session = session;
        this.parameters = parameters;
        this.catalog = catalog;
        this.ledger = Ledger.tracked(parameters);
        this.current = profile;
        this.baseProfile = profile;
        session.setGlobal("ledger", ledger);
        session.setGlobal("params", parameters);
        session.addEventListener(withdrawals);
        for (FactMapper.Source s : FactMapper.sources(profile)) {
            insert(s, profile);
        }
        int fired = fire(profile);
        this.baseSources = Map.copyOf(sources);
        this.base = new Evaluation(ledger.entries(), fired, System.nanoTime() - start, ledger.latent());
        this.baseLatent = base.latent();
        ledger.mark();
    }

    /** The evaluation of the profile the session was opened with, as {@link RuleBase#evaluate} gives it. */
    public Evaluation base() {
        return base;
    }

    /**
     * Whether the session can move to {@code variant}: every fact that would be inserted or deleted is of a type no
     * {@code collect} or {@code accumulate} of the rules reads, and every asset that changes changes only its figures
     * (and no such rule reads figures). Drools 10 does not always withdraw a fired match when a fact it collected is
     * deleted (a collect emptied this way kept its match), so those moves are left to a fresh evaluation. The data-gap
     * probes (one more indicator, one more answer, one more figure of an asset) are all such moves.
     */
    public boolean supports(Profile variant) {
        return plan(variant) != null;
    }

    /**
     * Moves the session to {@code variant} (a valid profile that {@link #supports}) and says how its evidence differs
     * from the base profile's. Moves may follow one another in any order; each gives the delta from the base.
     */
    public Delta evaluate(Profile variant) {
        Delta delta = moveTo(variant);
        if (delta == null) {
            throw new IllegalArgumentException("this variant changes facts a collect reads; evaluate it afresh");
        }
        return delta;
    }

    /**
     * As {@link #evaluate}, or null (and the session stays where it is) if it does not {@link #supports} the
     * variant: one comparison of the facts instead of two.
     */
    public Delta moveTo(Profile variant) {
        long start = System.nanoTime();
        Plan plan = plan(variant);
        if (plan == null) {
            return null;
        }
        boolean ok = false;
        atBasePlusExtras = false; // the facts are no longer known to be the base's and some added ones
        try {
            Delta delta = move(plan, variant);
            ok = true;
            return delta;
        } finally {
            observer.moved(System.nanoTime() - start, ok);
        }
    }

    /**
     * As {@link #moveTo} for {@code variant}, the base profile with {@code figures} added after its indicators, which
     * state none of their codes: only those facts are inserted (and the last probe's taken out), without comparing the
     * variant's facts with the session's. Null, as from {@link #moveTo}, if the session cannot make the move.
     */
    public Delta indicatorsAdded(Profile variant, List<org.gba.advisor.vocabulary.Figure> figures) {
        List<org.gba.advisor.vocabulary.Figure> stated = baseProfile.indicatorsOrEmpty();
        for (org.gba.advisor.vocabulary.Figure f : figures) {
            if (stated.stream().anyMatch(i -> i.code().equals(f.code()))) {
                return moveTo(variant);
            }
        }
        List<FactMapper.Source> extra = new ArrayList<>();
        for (int k = 0; k < figures.size(); k++) {
            extra.add(new FactMapper.Source(new FactMapper.Slot(FactMapper.Kind.INDICATOR, stated.size() + k),
                    figures.get(k)));
        }
        return basePlus(variant, extra);
    }

    /**
     * As {@link #moveTo} for {@code variant}, the base profile with {@code answer} added after its checklist, to a
     * question asked of this place that it leaves unknown (neither answered nor shown by an asset).
     */
    public Delta answerAdded(Profile variant, org.gba.advisor.vocabulary.ChecklistAnswer answer) {
        org.gba.advisor.vocabulary.Question q = answer.question();
        if (baseSources.containsKey(new FactMapper.Slot(FactMapper.Kind.ANSWER, q.ordinal()))
                || (baseProfile.jurisdiction() != null && !q.appliesTo(baseProfile.jurisdiction()))
                || baseProfile.checklistOrEmpty().stream().anyMatch(a -> a != null && a.question() == q)) {
            return moveTo(variant);
        }
        return basePlus(variant, List.of(new FactMapper.Source(new FactMapper.Slot(FactMapper.Kind.ANSWER,
                q.ordinal()), new org.gba.advisor.vocabulary.Checklist.Known(q, answer.answer(),
                "/checklist/" + baseProfile.checklistOrEmpty().size(), false, answer.source()))));
    }

    /**
     * Whether {@code answer}, added as {@link #answerAdded} adds it, is one no pattern of the rules can match
     * ({@link AnswersRead}), so that the variant's evidence is the base's: as {@link #changesNothing}.
     */
    public boolean answerChangesNothing(org.gba.advisor.vocabulary.ChecklistAnswer answer) {
        return !probing.answers().canMatch(answer.question(), answer.answer());
    }

    /**
     * The move to the base profile's facts and {@code extra} (facts in slots the base profile leaves empty), planned
     * from what the last moves of this kind added; the general way when another move changed the base's facts.
     */
    private Delta basePlus(Profile variant, List<FactMapper.Source> extra) {
        if (!atBasePlusExtras) {
            return moveTo(variant);
        }
        long start = System.nanoTime();
        Plan plan = new Plan(new ArrayList<>(), List.of(), new ArrayList<>());
        for (FactMapper.Source s : extra) {
            if (probing.collected(s.slot().kind())) {
                return null;
            }
        }
        for (FactMapper.Slot slot : extras) {
            if (probing.collected(slot.kind())) {
                return null;
            }
        }
        java.util.Set<FactMapper.Slot> wanted = new java.util.HashSet<>();
        for (FactMapper.Source s : extra) {
            wanted.add(s.slot());
            if (!s.sameAs(sources.get(s.slot()))) {
                if (sources.containsKey(s.slot())) {
                    plan.deletes.add(s.slot());
                }
                plan.inserts.add(s);
            }
        }
        for (FactMapper.Slot slot : extras) {
            if (!wanted.contains(slot)) {
                plan.deletes.add(slot);
            }
        }
        boolean ok = false;
        try {
            Delta delta = move(plan, variant);
            extras.clear();
            extras.addAll(wanted);
            atBasePlusExtras = true;
            ok = true;
            return delta;
        } finally {
            observer.moved(System.nanoTime() - start, ok);
        }
    }

    private Delta move(Plan plan, Profile variant) {
        for (FactMapper.Slot slot : plan.deletes) {
            session.delete(handles.remove(slot));
            sources.remove(slot);
        }
        for (FactMapper.Source s : plan.updates) {
            Object fact = FactMapper.fact(s, variant, parameters, catalog);
            if (probing.figuresWatched()) {
                session.update(handles.get(s.slot()), fact, "figures");
            } else {
                session.update(handles.get(s.slot()), fact);
            }
            sources.put(s.slot(), s);
        }
        for (FactMapper.Source s : plan.inserts) {
            insert(s, variant);
        }
        current = variant;
        moves++;
        fire(variant);
        return new Delta(ledger.addedSinceMark(), ledger.withdrawnSinceMark());
    }

    /**
     * What {@code variant} changes in the base evidence when it differs from the base profile only by figures added to
     * asset {@code index} that the rules read only to band points ({@code bands(...)}): computed from the base evidence,
     * without firing, as each banded rule would record it with the variant's figures (it fires whatever they are). Null
     * if some of those figures is read otherwise; the caller then moves the session. The session does not move.
     */
    public Delta rebanded(Profile variant, int index) {
        ProfileAsset was = baseProfile.assetsOrEmpty().get(index);
        ProfileAsset now = variant.assetsOrEmpty().get(index);
        java.util.Set<String> changed = new java.util.HashSet<>();
        was.figuresOrEmpty().forEach(f -> changed.add(f.code()));
        now.figuresOrEmpty().forEach(f -> changed.add(f.code()));
        changed.removeIf(c -> java.util.Objects.equals(figureOf(was, c), figureOf(now, c)));
        // figures are cited by their place in the list: only figures added after the others leave those citations as
        // they are
        List<org.gba.advisor.vocabulary.Figure> before = was.figuresOrEmpty();
        List<org.gba.advisor.vocabulary.Figure> after = now.figuresOrEmpty();
        if (after.size() < before.size() || !after.subList(0, before.size()).equals(before)
                || !probing.bandedOnly().containsAll(changed) || !FactMapper.sameButFigures(was, now)
                || !sameBut(variant, index, was)) {
            return null;
        }
        return rebanded(index, changed, FactMapper.figureRefs(baseAsset(index), now, before.size(), catalog));
    }

    /**
     * As {@link #rebanded(Profile, int)} for the base profile with {@code figure} added after the figures of asset
     * {@code index}, which state none of its code: the variant is never made or compared, since what differs is known.
     * Null if the rules read that figure otherwise than to band points, or the asset states it already.
     */
    public Delta figureAdded(int index, org.gba.advisor.vocabulary.Figure figure) {
        ProfileAsset was = baseProfile.assetsOrEmpty().get(index);
        if (!probing.bandedOnly().contains(figure.code()) || figureOf(was, figure.code()) != null) {
            return null;
        }
        Asset asset = baseAsset(index);
        FactRef ref = FactMapper.figureRef(asset.path(), was, was.figuresOrEmpty().size(), figure,
                catalog.assetTypes().get(was.type().name()).element());
        return rebanded(index, java.util.Set.of(figure.code()), Map.of(figure.code(), ref));
    }

    /**
     * The delta of giving asset {@code index} the figures {@code added} (by code, standing for any the base asset has),
     * of which {@code changed} differ from the base's: each banded piece of evidence that reads one of them recorded
     * again with the variant's figures, as its rule would.
     */
    private Delta rebanded(int index, java.util.Set<String> changed, Map<String, FactRef> added) {
        Asset asset = baseAsset(index);
        java.util.function.Function<String, FactRef> refOf = c -> {
            FactRef ref = added.get(c);
            return ref != null ? ref : asset.figureRef(c);
        };
        java.util.function.Function<String, Double> valueOf = c -> {
            FactRef ref = refOf.apply(c);
            return ref == null ? null : ref.value();
        };
        List<Evidence> addedEvidence = new ArrayList<>();
        List<Evidence> withdrawn = new ArrayList<>();
        for (Banded b : bandedBase().getOrDefault(asset.path(), List.of())) {
            Evidence e = b.evidence();
            List<String> codes = e.banding().codes();
            if (!readsAny(codes, changed)) {
                continue;
            }
            Evidence next = null;
            if (e.banding().presence().holds(codes, valueOf)) {
                int citedBefore = 0;
                for (String c : codes) {
                    citedBefore += asset.hasFigure(c) ? 1 : 0;
                }
                List<FactRef> facts = new ArrayList<>(e.facts().subList(0, e.facts().size() - citedBefore));
                for (String c : codes) {
                    FactRef ref = refOf.apply(c);
                    if (ref != null) {
                        facts.add(ref);
                    }
                }
                next = e.rebanded(Asset.bestBand(parameters, codes, valueOf), facts);
            }
            if (b.counts() && !e.equals(next)) {
                withdrawn.add(e);
            }
            if (next != null && !(b.counts() && e.equals(next))) {
                addedEvidence.add(next);
            }
        }
        return new Delta(addedEvidence, withdrawn);
    }

    private static boolean readsAny(List<String> codes, java.util.Set<String> changed) {
        for (String c : codes) {
            if (changed.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** The fact of the base profile's asset {@code index}, made once. */
    private Asset baseAsset(int index) {
        return baseAssets.computeIfAbsent(index, i -> FactMapper.assetFact(baseProfile, i, catalog));
    }

    /** A piece of the base evaluation that figures banded, and whether it counted or was latent. */
    private record Banded(Evidence evidence, boolean counts) {
    }

    /** Whether {@code variant} with {@code asset} at {@code index} is the base profile. */
    private boolean sameBut(Profile variant, int index, ProfileAsset asset) {
        List<ProfileAsset> assets = new ArrayList<>(variant.assetsOrEmpty());
        assets.set(index, asset);
        return variant.withAssets(assets).equals(baseProfile);
    }

    private static org.gba.advisor.vocabulary.Figure figureOf(ProfileAsset asset, String code) {
        org.gba.advisor.vocabulary.Figure last = null;
        for (org.gba.advisor.vocabulary.Figure f : asset.figuresOrEmpty()) {
            if (f.code().equals(code)) {
                last = f;
            }
        }
        return last;
    }

    /** The base evaluation's evidence and latent firings that figures banded, by the asset's path. */
    private Map<String, List<Banded>> bandedBase() {
        if (bandedBase == null) {
            bandedBase = new HashMap<>();
            for (Evidence e : base.evidence()) {
                if (e.banding() != null) {
                    bandedBase.computeIfAbsent(e.banding().asset(), k -> new ArrayList<>()).add(new Banded(e, true));
                }
            }
            for (Evidence e : baseLatent) {
                bandedBase.computeIfAbsent(e.banding().asset(), k -> new ArrayList<>()).add(new Banded(e, false));
            }
        }
        return bandedBase;
    }

    /** What a move deletes, changes in place and inserts. */
    private record Plan(List<FactMapper.Slot> deletes, List<FactMapper.Source> updates,
                        List<FactMapper.Source> inserts) {
    }

    /** The move to {@code variant}, or null if the session cannot make it. */
    private Plan plan(Profile variant) {
        List<FactMapper.Source> next = FactMapper.sources(variant);
        if (!next.get(0).sameAs(sources.get(next.get(0).slot()))) {
            return null; // another place: every fact would change
        }
        Plan plan = new Plan(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        java.util.Set<FactMapper.Slot> wanted = new java.util.HashSet<>();
        for (FactMapper.Source s : next) {
            wanted.add(s.slot());
            FactMapper.Source old = sources.get(s.slot());
            if (old == null) {
                if (probing.collected(s.slot().kind())) {
                    return null;
                }
                plan.inserts.add(s);
            } else if (!s.sameAs(old)) {
                if (s.slot().kind() == FactMapper.Kind.ASSET && !probing.figuresCollected()
                        && FactMapper.sameButFigures((org.gba.advisor.vocabulary.ProfileAsset) old.source(),
                        (org.gba.advisor.vocabulary.ProfileAsset) s.source())) {
                    plan.updates.add(s);
                } else if (probing.collected(s.slot().kind())) {
                    return null;
                } else {
                    plan.deletes.add(s.slot());
                    plan.inserts.add(s);
                }
            }
        }
        for (FactMapper.Slot slot : sources.keySet()) {
            if (!wanted.contains(slot)) {
                if (probing.collected(slot.kind())) {
                    return null;
                }
                plan.deletes.add(slot);
            }
        }
        return plan;
    }

    /** The evidence in force for the profile the session is at now (for tests). */
    public Evaluation evaluation() {
        return new Evaluation(ledger.entries(), 0, 0, ledger.latent());
    }

    /**
     * Whether {@code variant} is the base profile with answers added that no pattern of the rules can match
     * ({@link AnswersRead}): its evidence is then the base's, without moving the session or firing a rule.
     */
    public boolean changesNothing(Profile variant) {
        if (variant.checklistOrEmpty().equals(baseProfile.checklistOrEmpty())) {
            return false; // the quick way out for every variant that changes something else
        }
        int kept = 0;
        boolean added = false;
        for (FactMapper.Source s : FactMapper.sources(variant)) {
            FactMapper.Source was = baseSources.get(s.slot());
            if (s.sameAs(was)) {
                kept++;
            } else if (was == null && s.slot().kind() == FactMapper.Kind.ANSWER
                    && s.source() instanceof org.gba.advisor.vocabulary.Checklist.Known known
                    && !probing.answers().canMatch(known.question(), known.answer())) {
                added = true;
            } else {
                return false;
            }
        }
        return added && kept == baseSources.size();
    }

    /** How many variants this session has evaluated. */
    public int moves() {
        return moves;
    }

    private void insert(FactMapper.Source s, Profile profile) {
        handles.put(s.slot(), session.insert(FactMapper.fact(s, profile, parameters, catalog)));
        sources.put(s.slot(), s);
    }

    private int fire(Profile profile) {
        int cap = parameters.maxRuleFirings();
        int fired = session.fireAllRules(cap);
        if (fired >= cap) {
            throw new RunawayRulesException(profile.id(), cap);
        }
        return fired;
    }

    /** The profile the session is at. */
    public Profile current() {
        return current;
    }

    @Override
    public void close() {
        // pooled sessions are reused: the listener must not outlive this one's use
        session.removeEventListener(withdrawals);
        session.dispose();
    }
}
