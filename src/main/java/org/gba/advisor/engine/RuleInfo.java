package org.gba.advisor.engine;

import java.util.List;
import org.gba.advisor.vocabulary.Text;

/**
 * A compiled rule as the catalog lists it: its id, its sentence name, the paper section and its file (from the
 * compiled rule), and from its entry in {@code parameters.yaml} its weight, reason and the thresholds and asset figures it reads.
 */
public record RuleInfo(String id, String name, String section, String file, double weight, Text reason,
                       List<String> thresholds, List<String> figures) {
}
