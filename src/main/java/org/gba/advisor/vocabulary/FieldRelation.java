package org.gba.advisor.vocabulary;

/**
 * How a research field stands to another field in the catalog's one vocabulary of fields with parents: the same
 * field, a broader one (life science for biomedicine), a narrower one (chip design for electronic information),
 * a sibling under one parent (chip design and telecommunications), or unrelated.
 */
public enum FieldRelation { EXACT, BROADER, NARROWER, SIBLING, NONE }
