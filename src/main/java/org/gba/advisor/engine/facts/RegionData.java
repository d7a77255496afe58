package org.gba.advisor.engine.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Text;

/**
 * The data of {@code rules/region/region.yaml}: corridors and circles with their members, the roles asset
 * types give a place, the industrial fields research fields feed, the flows a link needs, and the wordings.
 * Read from the rule base it belongs to, so a change of it is a change of rules version.
 */
public record RegionData(Map<String, Group> groups, Map<String, Point> map, Map<Role, List<AssetType>> roles,
                         Map<String, List<String>> applications, Needs needs, Map<String, Text> texts) {
    public static final String FILE = "region/region.yaml";


    /** A position on the page's schematic map (x east, y north, in the map's own units). */
    public record Point(double x, double y) {
    }

    /** A corridor or metropolitan circle of §6. */
    public record Group(GroupKind kind, Text title, String section, List<String> members) {
    }

    /** The flows a cross-border link needs, by the model it supports and by its field. */
    public record Needs(Map<String, List<Flow>> byTarget, Map<String, List<Flow>> byField) {
    }

    /** Corridors join cities along a line across the boundary; circles are metropolitan areas. */
    public enum GroupKind { CORRIDOR, CIRCLE }

    /** Field codes must be the catalog's, every text must exist in both languages. */
    public List<String> problems(Catalog catalog) {
        List<String> out = new ArrayList<>();
        applications.forEach((research, applied) -> {
            if (!catalog.fields().containsKey(research)) {
                out.add(FILE + ": applications: unknown field '" + research + "'");
            }
            applied.stream().filter(f -> !catalog.fields().containsKey(f))
                    .forEach(f -> out.add(FILE + ": applications." + research + ": unknown field '" + f + "'"));
        });
        needs.byField().keySet().stream().filter(f -> !catalog.fields().containsKey(f))
                .forEach(f -> out.add(FILE + ": needs.byField: unknown field '" + f + "'"));
        needs.byTarget().keySet().stream().filter(t -> !catalog.models().containsKey(t))
                .forEach(t -> out.add(FILE + ": needs.byTarget: '" + t + "' is not a model"));
        groups.forEach((id, g) -> {
            if (g.title() == null || !g.title().complete()) {
                out.add(FILE + ": groups." + id + ": title needs zh and en");
            }
            if (g.members() == null || g.members().size() < 2) {
                out.add(FILE + ": groups." + id + ": a group has at least two members");
            }
        });
        texts.forEach((id, t) -> {
            if (!t.complete()) {
                out.add(FILE + ": texts." + id + ": needs zh and en");
            }
        });
        return out;
    }

    /** The ids of the corridors and circles a place belongs to: listed itself, or through its parent city. */
    public List<String> groupsOf(org.gba.advisor.vocabulary.Profile p) {
        return groups.entrySet().stream()
                .filter(g -> g.getValue().members().contains(p.id())
                        || (p.parent() != null && g.getValue().members().contains(p.parent())))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The schematic map, never null. */
    public Map<String, Point> mapOrEmpty() {
        return map == null ? Map.of() : map;
    }

    /** The role an asset type gives a place, if any. */
    public Role roleOf(AssetType type) {
        for (Map.Entry<Role, List<AssetType>> e : roles.entrySet()) {
            if (e.getValue().contains(type)) {
                return e.getKey();
            }
        }
        return null;
    }
}
