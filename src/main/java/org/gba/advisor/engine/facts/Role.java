package org.gba.advisor.engine.facts;

/**
 * What a place is strong in, in one field: labs, universities, facilities others can use, industry, or a
 * specialty it is designated to pursue (§5.3). Which asset types give which role is data (region.yaml).
 */
public enum Role { LAB, UNIVERSITY, FACILITY, INDUSTRY, SPECIALTY }
