package org.gba.advisor.engine;

import java.util.List;
import org.gba.advisor.engine.facts.Evidence;

/** What one evaluation of one profile produced: all evidence, how many rules fired and how long it took. */
public record Evaluation(List<Evidence> evidence, int rulesFired, long nanos) {
}
