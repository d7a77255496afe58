/** Ranked, explained advice: ranking evidence into models, recommendations and constraints, data gaps, texts. */
package org.gba.advisor.advice;
