package org.gba.advisor.engine.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.ModelId;

/**
 * One labelled, weighted reason of a region rule: rule {@code ruleId} gave {@code points} to {@code target}
 * for {@code places} (in the order the rule cited them, e.g. research place first, industry place second),
 * citing facts of each place. A link between two places is also inserted as a fact, so that the corridor
 * and friction rules can build on it. {@code group} is set for advice to a corridor or circle.
 */
public record RegionEvidence(String target, String ruleId, String ruleName, String section, double weight,
                             double factor, double points, List<String> places, Set<Jurisdiction> jurisdictions,
                             String group, List<RegionFact> facts, Map<String, List<String>> specifics) {

    public String getTarget() { return target; }
    /** The model this evidence links two places by, or null when it is a warning or a group's advice. */
    public ModelId getModel() {
        for (ModelId m : ModelId.values()) {
            if (m.id().equals(target)) {
                return m;
            }
        }
        return null;
    }
    public String getRuleId() { return ruleId; }
    public String getGroup() { return group; }
    public String getFirst() { return places.isEmpty() ? null : places.get(0); }
    public String getSecond() { return places.size() < 2 ? null : places.get(1); }
    /** The places it names lie on both sides of the HK/Macao boundary. */
    public boolean isCrossBorder() { return jurisdictions.size() > 1; }

    /** The first field the rule named, or null. */
    public String getField() {
        List<String> fields = specifics.get("fields");
        return fields == null || fields.isEmpty() ? null : fields.get(0);
    }

    /** The two places as one key, whichever order the rule cited them in. */
    public String pairKey() {
        return places.stream().sorted().reduce((a, b) -> a + "|" + b).orElse("");
    }

    RegionFact ref() {
        return new RegionFact(null, "#" + target + "/" + ruleId, "link", target + " ← " + ruleId + " "
                + String.join(" × ", places), points, "points", null, section);
    }
}
