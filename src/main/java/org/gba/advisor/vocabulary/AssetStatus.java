package org.gba.advisor.vocabulary;

/** Whether an asset is already working or still being built. */
public enum AssetStatus { OPERATING, UNDER_CONSTRUCTION }
