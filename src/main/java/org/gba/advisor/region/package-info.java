/**
 * The whole Bay Area at once: many profiles evaluated together in one session with the rules of
 * {@code rules/region/}, giving cross-city pairings, overlap warnings and advice grouped by the corridors and
 * circles of §6.
 */
package org.gba.advisor.region;
