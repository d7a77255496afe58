package org.gba.advisor.engine;

import java.util.List;
import org.gba.advisor.engine.facts.Evidence;

/**
 * What one evaluation of one profile produced: all evidence, how many rules fired and how long it took, and the
 * latent firings (evidence that would count if figures showed it, see {@code Ledger#banded}), which count for nothing.
 */
public record Evaluation(List<Evidence> evidence, int rulesFired, long nanos, List<Evidence> latent) {
    public Evaluation(List<Evidence> evidence, int rulesFired, long nanos) {
        this(evidence, rulesFired, nanos, List.of());
    }
}
