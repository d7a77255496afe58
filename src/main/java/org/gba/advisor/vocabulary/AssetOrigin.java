package org.gba.advisor.vocabulary;

/** Where a firm came from; a research result turned into a firm is the M1 pattern (§4.1). */
public enum AssetOrigin { RESEARCH_RESULT, INCUBATOR, SPIN_IN, ESTABLISHED }
