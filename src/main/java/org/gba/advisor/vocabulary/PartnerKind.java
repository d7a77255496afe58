package org.gba.advisor.vocabulary;

/** What kind of organisation a partner of an asset is. */
public enum PartnerKind { UNIVERSITY, RESEARCH_INSTITUTE, ENTERPRISE, GOVERNMENT }
