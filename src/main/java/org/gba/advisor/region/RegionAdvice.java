package org.gba.advisor.region;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.gba.advisor.engine.facts.RegionData;
import org.gba.advisor.engine.facts.RegionFact;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.PlaceKind;

/**
 * Advice for many places at once: ranked pairings of two places (the links between them and the actions that
 * make them work), warnings of places competing for the same specialty, and advice to each corridor and
 * circle of §6. Every score is the sum of the points in its {@code because}.
 */
@Schema(description = "Cross-city advice for a set of Bay Area places evaluated together")
public record RegionAdvice(String lang, List<Place> places, List<Pairing> pairings, List<Warning> warnings,
                           List<GroupAdvice> groups, Page page, Provenance provenance) {

    /**
     * Which part of the ranked pairings this answer holds: those ranked from {@code offset + 1}, at most
     * {@code limit} of {@code totalPairings} (fewer when more would pass the answer's byte bound); the
     * warnings are the best of {@code totalWarnings}, as many. {@code nextOffset}, the offset of the next page,
     * is absent on the last.
     */
    @Schema(name = "RegionPage")
    public record Page(int offset, int limit, int totalPairings, int totalWarnings, Integer nextOffset) {
    }

    /** A place of the session, the corridors and circles it belongs to, and where the schematic map draws it. */
    @Schema(name = "RegionPlace")
    public record Place(String id, String name, PlaceKind kind, Jurisdiction jurisdiction, String parent,
                        List<String> groups, MapPosition map) {
    }

    /**
     * Where the page's schematic map draws a place: at its own position (LISTED, in region.yaml), beside its parent
     * city (BESIDE_PARENT), or nowhere (UNPLACED: x and y are null, and the page lists it beside the map).
     */
    public record MapPosition(Double x, Double y, Placement placement) {
    }

    /** How a place's map position was found. */
    public enum Placement { LISTED, BESIDE_PARENT, UNPLACED }

    /** An id with its name in the answer's language. */
    @Schema(name = "RegionNamed")
    public record Named(String id, String name) {
    }

    /**
     * Two places that should work together: the fields (catalog codes) they meet in, what links them (models)
     * and what would make it work (actions).
     */
    @Schema(name = "RegionPairing")
    public record Pairing(int rank, List<Named> places, double score, boolean crossBorder, List<String> fields,
                          List<Link> links,
                          List<Action> actions, List<String> groups, List<String> sections) {
    }

    /** One practice model that links the two places, in words specific to them. */
    @Schema(name = "RegionLink")
    public record Link(String model, String title, double score, List<String> texts, List<Reason> because) {
    }

    /** One countermeasure action, for a pairing or a corridor or circle. */
    @Schema(name = "RegionAction")
    public record Action(String id, String countermeasure, String title, double score, List<String> texts,
                         List<Reason> because) {
    }

    /** Places competing for the same resources (a constraint of §3.2), with a proposed division of labour. */
    @Schema(name = "RegionWarning")
    public record Warning(String constraint, int rank, List<Named> places, double score, String title,
                          List<String> proposals, List<Reason> because, List<String> sections) {
    }

    /** A corridor or circle of §6: its members in the session, its best pairings (at most a page) and the advice to it. */
    @Schema(name = "RegionGroupAdvice")
    public record GroupAdvice(String id, RegionData.GroupKind kind, String title, String section, int rank,
                              double score, List<Named> members, List<List<String>> pairings,
                              List<Action> recommendations) {
    }

    /** One piece of evidence: which rule, why, the facts of each place it used and the points it gave. */
    @Schema(name = "RegionReason")
    public record Reason(String rule, String ruleName, String text, String section, double weight, double factor,
                         double points, List<RegionFact> facts) {
    }

    /** Which rules answered, when, and how long the one session took. */
    @Schema(name = "RegionProvenance")
    public record Provenance(String rulesVersion, Instant rulesLoadedAt, Instant evaluatedAt, long evaluationMicros,
                             int rulesFired, int places, String engine) {
    }
}
