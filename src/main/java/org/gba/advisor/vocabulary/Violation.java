package org.gba.advisor.vocabulary;

/** One thing wrong with a submitted profile: where (a JSON Pointer) and what, in plain words. */
public record Violation(String pointer, String message) {
}
