package org.gba.advisor.vocabulary;

/** Constraints a submitter can declare about a place (the signals of §3.2). */
public enum ConstraintType {
    NO_COORDINATION_MECHANISM,
    SCATTERED_COOPERATION,
    WEAK_INTERMEDIARIES,
    RESEARCH_MARKET_MISMATCH,
    CHOKEPOINT_TECHNOLOGY,
    FACILITY_LOW_SPILLOVER,
    PLATFORM_COMPETITION,
    LOW_TRANSFER,
    TALENT_SHORTAGE,
    LOW_TALENT_MOBILITY,
    RULES_MISALIGNED,
    FLOW_BARRIER
}
