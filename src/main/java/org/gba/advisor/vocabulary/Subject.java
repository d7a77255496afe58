package org.gba.advisor.vocabulary;

/** The innovation subjects of element E1 that can lead an asset. */
public enum Subject { GOVERNMENT, ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, INTERMEDIARY }
