package org.gba.advisor.profile;

/** What sort of place a profile describes. */
public enum PlaceKind { CITY, SAR, PLATFORM }
