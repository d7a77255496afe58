package org.gba.advisor.region;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gba.advisor.engine.RegionEvaluation;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.facts.EvidenceLedger;
import org.gba.advisor.engine.facts.RegionData;
import org.gba.advisor.engine.facts.RegionEvidence;
import org.gba.advisor.engine.facts.RegionFact;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Names;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.gba.advisor.vocabulary.Text;

/**
 * Turns the evidence of a region session into the advice a person reads, in one language: evidence naming
 * two places becomes a pairing (models as links, actions attached), constraint evidence a warning, and
 * evidence given to a corridor or circle that group's advice. Ranks are by score, then by the largest single
 * piece of evidence, then by id, so the order never depends on the order rules fired in.
 */
final class RegionWriter {
    /** How far beside its parent city a place without its own map position is drawn, in map units. */
    private static final double NEAR = 0.08;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final Comparator<RegionEvidence> EVIDENCE_ORDER = Comparator
            .comparingDouble(RegionEvidence::points).reversed()
            .thenComparing(RegionEvidence::ruleId)
            .thenComparing(e -> e.facts().toString());

    private final RuleBase rules;
    private final Catalog catalog;
    private final RegionData data;
    private final Lang lang;
    private final Map<String, Profile> profiles = new LinkedHashMap<>();
    private final Names names;

    RegionWriter(RuleBase rules, RegionData data, List<Profile> profiles, Lang lang) {
        this.rules = rules;
        this.catalog = rules.catalog();
        this.data = data;
        this.lang = lang;
        profiles.forEach(p -> this.profiles.put(p.id(), p));
        this.names = Names.of(profiles);
    }

    RegionAdvice write(RegionEvaluation evaluation, Instant evaluatedAt) {
        return write(evaluation, evaluatedAt, 0, Integer.MAX_VALUE);
    }

    /** The advice with one page of the ranked pairings, and the best {@code limit} warnings. */
    RegionAdvice write(RegionEvaluation evaluation, Instant evaluatedAt, int offset, int limit) {
        Map<String, List<RegionEvidence>> pairs = new TreeMap<>();
        Map<String, List<RegionEvidence>> warnings = new TreeMap<>();
        Map<String, List<RegionEvidence>> groups = new TreeMap<>();
        for (RegionEvidence e : evaluation.evidence()) {
            if (e.group() != null) {
                groups.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e);
            } else if (catalog.constraints().containsKey(e.target())) {
                warnings.computeIfAbsent(e.pairKey(), k -> new ArrayList<>()).add(e);
            } else {
                pairs.computeIfAbsent(e.pairKey(), k -> new ArrayList<>()).add(e);
            }
        }
        // Ranked on their scores alone; only the page is written out in words.
        List<Ranked<String>> rankedPairs = ranked(pairs, (key, evidence) -> key);
        List<RegionAdvice.Pairing> pairings = within(page(rankedPairs, offset, limit),
                r -> withRank(pairing(r.key(), pairs.get(r.key())), r.rank()), RegionService.MAX_PAIRING_BYTES);
        List<Ranked<String>> rankedWarnings = ranked(warnings, (key, evidence) -> key);
        List<RegionAdvice.Warning> warningList = within(page(rankedWarnings, 0, limit),
                r -> { RegionAdvice.Warning w = warning(r.key(), warnings.get(r.key()));
                    return new RegionAdvice.Warning(w.constraint(), r.rank(), w.places(), w.score(), w.title(),
                            w.proposals(), w.because(), w.sections()); }, RegionService.MAX_WARNING_BYTES);
        List<RegionAdvice.GroupAdvice> groupList = groups(groups, rankedPairs, limit);
        long end = (long) offset + pairings.size();
        RegionAdvice.Page page = new RegionAdvice.Page(offset, limit == Integer.MAX_VALUE ? rankedPairs.size() : limit,
                rankedPairs.size(), rankedWarnings.size(), end < rankedPairs.size() ? (int) end : null);
        RegionAdvice.Provenance provenance = new RegionAdvice.Provenance(rules.version(), rules.loadedAt(),
                evaluatedAt, evaluation.nanos() / 1000, evaluation.rulesFired(), evaluation.places(),
                rules.engineDescription() + ", region rule base");
        List<RegionAdvice.Place> places = profiles.values().stream().map(p -> new RegionAdvice.Place(p.id(),
                p.name().in(lang), p.kind(), p.jurisdiction(), p.parent(), data.groupsOf(p), position(p)))
                .toList();
        return new RegionAdvice(lang.code(), places, pairings, warningList, groupList, page, provenance);
    }

    /**
     * Writes items in rank order while they fit in {@code budget} bytes of JSON (at least one): a place
     * strong in every field makes pairings of tens of kilobytes, and the answer must stay bounded.
     */
    private static <R, T> List<T> within(List<R> ranked, Function<R, T> write, long budget) {
        List<T> out = new ArrayList<>();
        long bytes = 0;
        for (R r : ranked) {
            T item = write.apply(r);
            bytes += ProfileJson.MAPPER.writeValueAsBytes(item).length;
            if (!out.isEmpty() && bytes > budget) {
                break;
            }
            out.add(item);
        }
        return out;
    }

    private static <T> List<T> page(List<T> all, int offset, int limit) {
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList(offset, (int) Math.min((long) offset + limit, all.size()));
    }

    /**
     * A place on the map at its own position, else a little off its parent city's (in a direction fixed by its id,
     * so that siblings spread out and the drawing is the same every time), else unplaced.
     */
    private RegionAdvice.MapPosition position(Profile p) {
        RegionData.Point own = data.mapOrEmpty().get(p.id());
        if (own != null) {
            return new RegionAdvice.MapPosition(own.x(), own.y(), RegionAdvice.Placement.LISTED);
        }
        RegionData.Point parent = p.parent() == null ? null : data.mapOrEmpty().get(p.parent());
        if (parent != null) {
            double angle = Math.floorMod(p.id().hashCode(), 360) * Math.PI / 180;
            return new RegionAdvice.MapPosition(parent.x() + NEAR * Math.cos(angle), parent.y() + NEAR * Math.sin(angle),
                    RegionAdvice.Placement.BESIDE_PARENT);
        }
        return new RegionAdvice.MapPosition(null, null, RegionAdvice.Placement.UNPLACED);
    }

    private record Ranked<T>(int rank, double score, double top, String key, T value) {
    }

    /** Ranks items made from groups of evidence: by score, then largest single piece, then key. */
    private <T> List<Ranked<T>> ranked(Map<String, List<RegionEvidence>> byKey,
                                       java.util.function.BiFunction<String, List<RegionEvidence>, T> make) {
        List<Ranked<T>> out = new ArrayList<>();
        byKey.forEach((key, evidence) -> {
            double score = evidence.stream().mapToDouble(RegionEvidence::points).sum();
            double top = evidence.stream().mapToDouble(RegionEvidence::points).max().orElse(0);
            out.add(new Ranked<>(0, score, top, key, make.apply(key, evidence)));
        });
        out.sort(Comparator.comparingDouble((Ranked<T> r) -> r.score()).reversed()
                .thenComparing(Comparator.comparingDouble((Ranked<T> r) -> r.top()).reversed())
                .thenComparing(Ranked::key));
        List<Ranked<T>> ranked = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Ranked<T> r = out.get(i);
            ranked.add(new Ranked<>(i + 1, r.score(), r.top(), r.key(), r.value()));
        }
        return ranked;
    }

    private RegionAdvice.Pairing pairing(String key, List<RegionEvidence> evidence) {
        List<String> ids = List.of(key.split("\\|"));
        Map<String, List<RegionEvidence>> byTarget = byTarget(evidence);
        List<RegionAdvice.Link> links = new ArrayList<>();
        List<RegionAdvice.Action> actions = new ArrayList<>();
        byTarget.forEach((target, es) -> {
            if (catalog.models().containsKey(target)) {
                links.add(new RegionAdvice.Link(target, t(catalog.models().get(target).title()), sum(es), texts(es),
                        reasons(es)));
            } else {
                actions.add(action(target, es));
            }
        });
        links.sort(Comparator.comparingDouble(RegionAdvice.Link::score).reversed().thenComparing(RegionAdvice.Link::model));
        actions.sort(Comparator.comparingDouble(RegionAdvice.Action::score).reversed().thenComparing(RegionAdvice.Action::id));
        Set<String> common = new LinkedHashSet<>(data.groupsOf(profiles.get(ids.get(0))));
        common.retainAll(data.groupsOf(profiles.get(ids.get(ids.size() - 1))));
        boolean crossBorder = evidence.stream().anyMatch(RegionEvidence::isCrossBorder);
        List<String> fields = evidence.stream().map(RegionEvidence::getField).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
        return new RegionAdvice.Pairing(0, named(ids), sum(evidence), crossBorder, fields, List.copyOf(links),
                List.copyOf(actions), List.copyOf(common), sections(evidence));
    }

    private static RegionAdvice.Pairing withRank(RegionAdvice.Pairing p, int rank) {
        return new RegionAdvice.Pairing(rank, p.places(), p.score(), p.crossBorder(), p.fields(), p.links(),
                p.actions(), p.groups(), p.sections());
    }

    private RegionAdvice.Warning warning(String key, List<RegionEvidence> evidence) {
        String target = evidence.get(0).target();
        return new RegionAdvice.Warning(target, 0, named(List.of(key.split("\\|"))), sum(evidence),
                t(catalog.constraints().get(target).title()), texts(evidence), reasons(sorted(evidence)),
                sections(evidence));
    }

    private List<RegionAdvice.GroupAdvice> groups(Map<String, List<RegionEvidence>> evidence,
                                                  List<Ranked<String>> pairings, int limit) {
        Map<String, List<RegionEvidence>> present = new TreeMap<>();
        data.groups().keySet().forEach(g -> {
            if (profiles.values().stream().anyMatch(p -> data.groupsOf(p).contains(g))) {
                present.put(g, evidence.getOrDefault(g, List.of()));
            }
        });
        return ranked(present, (id, es) -> id).stream().map(r -> {
            RegionData.Group g = data.groups().get(r.key());
            List<RegionEvidence> es = present.get(r.key());
            List<RegionAdvice.Action> recommendations = new ArrayList<>();
            byTarget(es).forEach((target, ofTarget) -> recommendations.add(action(target, ofTarget)));
            recommendations.sort(Comparator.comparingDouble(RegionAdvice.Action::score).reversed()
                    .thenComparing(RegionAdvice.Action::id));
            List<String> members = profiles.values().stream().filter(p -> data.groupsOf(p).contains(r.key()))
                    .map(Profile::id).toList();
            List<List<String>> inside = pairings.stream().map(p -> List.of(p.key().split("\\|")))
                    .filter(ids -> data.groupsOf(profiles.get(ids.get(0))).contains(r.key())
                            && data.groupsOf(profiles.get(ids.get(ids.size() - 1))).contains(r.key()))
                    .limit(limit).toList();
            return new RegionAdvice.GroupAdvice(r.key(), g.kind(), t(g.title()), g.section(), r.rank(), r.score(),
                    named(members), inside, List.copyOf(recommendations));
        }).toList();
    }

    private RegionAdvice.Action action(String target, List<RegionEvidence> evidence) {
        String cm = catalog.countermeasureOf(target).orElseThrow();
        Catalog.ActionEntry entry = catalog.action(target).orElseThrow();
        return new RegionAdvice.Action(target, cm, t(entry.title()), sum(evidence), texts(evidence),
                reasons(evidence));
    }

    private static Map<String, List<RegionEvidence>> byTarget(List<RegionEvidence> evidence) {
        Map<String, List<RegionEvidence>> out = new TreeMap<>();
        sorted(evidence).forEach(e -> out.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e));
        return out;
    }

    private static List<RegionEvidence> sorted(List<RegionEvidence> evidence) {
        return evidence.stream().sorted(EVIDENCE_ORDER).toList();
    }

    private static double sum(List<RegionEvidence> evidence) {
        return evidence.stream().mapToDouble(RegionEvidence::points).sum();
    }

    private static List<String> sections(List<RegionEvidence> evidence) {
        return evidence.stream().map(RegionEvidence::section).distinct().sorted().toList();
    }

    private List<RegionAdvice.Reason> reasons(List<RegionEvidence> evidence) {
        return sorted(evidence).stream().map(e -> new RegionAdvice.Reason(e.ruleId(), e.ruleName(),
                t(rules.rules().get(e.ruleId()).reason()), e.section(), e.weight(), e.factor(), e.points(),
                e.facts().stream().map(this::localized).toList()))
                .toList();
    }

    /** The fact's label in the answer's language: its codes' titles, its asset's name. */
    private RegionFact localized(RegionFact f) {
        String label = Names.label(f.place() == null ? null : profiles.get(f.place()), f.path(),
                catalog.factLabel(f.kind(), f.label(), lang), lang);
        return java.util.Objects.equals(label, f.label()) ? f
                : new RegionFact(f.place(), f.path(), f.kind(), label, f.value(), f.unit(), f.year(), f.source());
    }

    private List<RegionAdvice.Named> named(List<String> ids) {
        return ids.stream().map(id -> new RegionAdvice.Named(id, placeName(id))).toList();
    }

    private String placeName(String id) {
        Profile p = profiles.get(id);
        return p == null ? id : p.name().in(lang);
    }

    /** The wordings the evidence names, each filled with its details, without repeats. */
    private List<String> texts(List<RegionEvidence> evidence) {
        Set<String> lines = new LinkedHashSet<>();
        for (RegionEvidence e : sorted(evidence)) {
            List<String> template = e.specifics().get(EvidenceLedger.TEMPLATE);
            Text text = template == null ? null : data.texts().get(template.get(0));
            if (text != null) {
                lines.add(fill(t(text), e.specifics()));
            }
        }
        return List.copyOf(lines);
    }

    private String fill(String template, Map<String, List<String>> specifics) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> values = specifics.getOrDefault(m.group(1), List.of());
            m.appendReplacement(out, Matcher.quoteReplacement(join(m.group(1), values)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String join(String key, List<String> values) {
        Function<String, String> name = switch (key) {
            case "from", "to", "places" -> this::placeName;
            case "fields" -> v -> catalog.fields().containsKey(v) ? t(catalog.fields().get(v).title()) : v;
            case "flows" -> v -> catalog.flows().containsKey(v) ? t(catalog.flows().get(v)) : v;
            case "group" -> v -> data.groups().containsKey(v) ? t(data.groups().get(v).title()) : v;
            default -> v -> names.in(v, lang);
        };
        List<String> names = values.stream().map(name).toList();
        return String.join(lang == Lang.EN ? (key.equals("places") ? " and " : ", ") : "、", names);
    }

    private String t(Text text) {
        return text == null ? null : text.in(lang);
    }
}
