package org.gba.advisor.engine;

/** A compiled rule as the catalog lists it: its id, its sentence name, the paper section and its file. */
public record RuleInfo(String id, String name, String section, String file, double weight) {
}
