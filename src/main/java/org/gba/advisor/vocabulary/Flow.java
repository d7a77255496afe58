package org.gba.advisor.vocabulary;

/** Things that must cross the HK/Macao boundary for joint research (§3.2.4). */
public enum Flow { PEOPLE, FUNDS, DATA, EQUIPMENT, BIOLOGICAL_MATERIALS }
