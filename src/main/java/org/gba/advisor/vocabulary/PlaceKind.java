package org.gba.advisor.vocabulary;

/** What sort of place a profile describes. */
public enum PlaceKind { CITY, SAR, PLATFORM }
