/** The vocabulary every layer speaks: the profile of a place, its catalog of codes and texts, validation. Plain Java. */
package org.gba.advisor.vocabulary;
