package org.gba.advisor.vocabulary;

/** An answer to a checklist question; an unanswered question has no answer at all. */
public enum Answer { YES, NO }
