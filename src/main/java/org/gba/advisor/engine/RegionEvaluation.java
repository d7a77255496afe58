package org.gba.advisor.engine;

import java.util.List;
import org.gba.advisor.engine.facts.RegionEvidence;

/** What one region session produced: all evidence, how many rules fired, how long it took, for how many places. */
public record RegionEvaluation(List<RegionEvidence> evidence, int rulesFired, long nanos, int places) {
}
