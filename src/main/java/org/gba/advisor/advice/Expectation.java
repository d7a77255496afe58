package org.gba.advisor.advice;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a fixture's advice must show ({@code fixtures/<id>.expect.json}); absent parts are not checked. The tests
 * hold the fixtures to it, and the workbench shows which expectations a draft of the rules would break.
 */
public record Expectation(String profile, String topModel, Map<String, Advice.Fit> modelFits,
                          List<String> recommendations, String topCountermeasure, List<String> constraints,
                          List<String> notConstraints, Map<String, List<String>> mentions, List<String> dataGaps,
                          String why) {

    /** One part of an expectation that the advice does not meet, in words. */
    @Schema(name = "ExpectationMiss")
    public record Miss(@Schema(example = "topModel") String part, @Schema(example = "M4") String expected,
                       @Schema(example = "M2") String actual) {
    }

    /** Every part of this expectation that {@code a} does not meet; empty when it meets them all. */
    public List<Miss> misses(Advice a) {
        List<Miss> out = new ArrayList<>();
        if (topModel != null && !topModel.equals(a.models().get(0).id())) {
            out.add(new Miss("topModel", topModel, a.models().get(0).id()));
        }
        if (modelFits != null) {
            modelFits.forEach((id, fit) -> {
                Advice.Fit actual = a.models().stream().filter(m -> m.id().equals(id)).findFirst()
                        .map(Advice.ModelFit::fit).orElse(null);
                if (actual == null || actual.compareTo(fit) > 0) {
                    out.add(new Miss("modelFits." + id, "at least " + fit, String.valueOf(actual)));
                }
            });
        }
        List<String> recommended = a.recommendations().stream().map(Advice.Recommendation::id).toList();
        if (recommendations != null) {
            recommendations.stream().filter(r -> !recommended.contains(r))
                    .forEach(r -> out.add(new Miss("recommendations", r, "not recommended")));
        }
        if (topCountermeasure != null) {
            String actual = a.recommendations().isEmpty() ? "none" : a.recommendations().get(0).countermeasure();
            if (!topCountermeasure.equals(actual)) {
                out.add(new Miss("topCountermeasure", topCountermeasure, actual));
            }
        }
        List<String> diagnosed = a.constraints().stream().map(Advice.Diagnosis::id).toList();
        if (constraints != null) {
            constraints.stream().filter(c -> !diagnosed.contains(c))
                    .forEach(c -> out.add(new Miss("constraints", c, "not diagnosed")));
        }
        if (notConstraints != null) {
            notConstraints.stream().filter(diagnosed::contains)
                    .forEach(c -> out.add(new Miss("notConstraints", "no " + c, c + " diagnosed")));
        }
        if (mentions != null) {
            mentions.forEach((id, words) -> {
                String actions = a.recommendations().stream().filter(r -> r.id().equals(id)).findFirst()
                        .map(r -> String.join(" | ", r.actions())).orElse(null);
                if (actions == null) {
                    out.add(new Miss("mentions." + id, String.join(", ", words), id + " not recommended"));
                } else {
                    words.stream().filter(w -> !actions.contains(w))
                            .forEach(w -> out.add(new Miss("mentions." + id, w, "not in its actions")));
                }
            });
        }
        if (dataGaps != null) {
            List<String> gaps = a.dataGaps().stream().map(Advice.DataGap::code).toList();
            dataGaps.stream().filter(g -> !gaps.contains(g))
                    .forEach(g -> out.add(new Miss("dataGaps", g, "not asked for")));
        }
        return out;
    }
}
