package org.gba.advisor.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.facts.Parameters.Threshold;
import org.gba.advisor.engine.facts.Parameters;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.Profile;

/**
 * Finds the indicators a profile lacks that would change its advice. For every threshold on a missing
 * indicator it evaluates the profile again with a value on the side where the rule fires (half the
 * threshold below it, twice the threshold above it, kept within the indicator's bounds) and keeps the
 * indicator if anything moved. A missing indicator behaves like one on the other side, so one probe per
 * threshold is enough.
 */
final class DataGaps {
    static final String PROBE_SOURCE = "probe: a value tried by the advisor, not a fact";

    private DataGaps() {
    }

    /** A missing indicator with its probes that changed something. */
    record Gap(String indicator, List<Advice.Probe> probes) {
    }

    record Result(List<Gap> gaps, int evaluations) {
    }

    static Result find(RuleBase rules, Profile profile, Ranked base) {
        Catalog catalog = rules.catalog();
        Map<String, List<Map.Entry<String, Threshold>>> byIndicator = new LinkedHashMap<>();
        rules.parameters().thresholds().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> byIndicator.computeIfAbsent(e.getValue().indicator(), k -> new ArrayList<>()).add(e));
        List<String> known = profile.indicatorsOrEmpty().stream().map(Figure::code).toList();
        List<Gap> gaps = new ArrayList<>();
        int evaluations = 0;
        for (var entry : byIndicator.entrySet()) {
            String code = entry.getKey();
            Catalog.IndicatorEntry indicator = catalog.indicators().get(code);
            if (known.contains(code) || indicator == null) {
                continue;
            }
            List<Advice.Probe> probes = new ArrayList<>();
            for (Map.Entry<String, Threshold> t : entry.getValue()) {
                double value = probeValue(t.getValue(), indicator);
                Profile probed = profile.withIndicator(new Figure(code, value, indicator.unit(), profile.year(),
                        PROBE_SOURCE, null));
                evaluations++;
                List<Change> changes = Ranked.of(rules.evaluate(probed), catalog).changesFrom(base);
                if (!changes.isEmpty()) {
                    probes.add(new Advice.Probe(value, t.getKey(), changes));
                }
            }
            if (!probes.isEmpty()) {
                gaps.add(new Gap(code, List.copyOf(probes)));
            }
        }
        return new Result(List.copyOf(gaps), evaluations);
    }

    static double probeValue(Threshold t, Catalog.IndicatorEntry indicator) {
        double v = t.fires() == Parameters.Side.BELOW ? t.value() / 2 : t.value() * 2;
        return Math.max(indicator.min(), Math.min(indicator.max(), v));
    }
}
