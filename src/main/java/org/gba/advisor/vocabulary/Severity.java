package org.gba.advisor.vocabulary;

/** How hard a declared constraint bites; the points it gives are scaled by a factor from the parameters file. */
public enum Severity { LOW, MEDIUM, HIGH }
