package org.gba.advisor.vocabulary;

/** Kinds of innovation asset a place can hold (§3.1, §4). */
public enum AssetType {
    BIG_SCIENCE_FACILITY,
    SUPERCOMPUTING_CENTRE,
    STATE_KEY_LAB,
    PROVINCIAL_LAB,
    JOINT_LAB,
    RESEARCH_INSTITUTE,
    UNIVERSITY,
    UNIVERSITY_CAMPUS,
    UNIVERSITY_INSTITUTE,
    COOPERATION_ZONE,
    SCIENCE_PARK,
    INDUSTRIAL_CLUSTER,
    LEADING_FIRM,
    INCUBATOR_BASE,
    ALUMNI_NETWORK
}
