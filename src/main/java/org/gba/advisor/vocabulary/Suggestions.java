package org.gba.advisor.vocabulary;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The nearest known code to an unknown one, for "did you mean …?": the smallest edit distance (Damerau–Levenshtein,
 * so a swapped pair of letters counts once), compared without case and without '-' and '_', and only when it is
 * small for the word's length (at most a third of it, and at least 2), so that a wild guess suggests nothing.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest of {@code known} to {@code given}, if one is close enough. */
    public static Optional<String> nearest(String given, Collection<String> known) {
        java.util.Map<String, List<String>> codesOnly = new java.util.HashMap<>();
        known.forEach(k -> codesOnly.put(k, List.of()));
        return nearest(given, codesOnly);
    }

    /**
     * The code whose own form or one of whose names (its titles in either language) is closest to {@code given}: an
     * official who types "artificial-intelligence" or "人工智能" for the code {@code ai} is pointed to it.
     */
    public static Optional<String> nearest(String given, java.util.Map<String, ? extends Collection<String>> namesByCode) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        String g = plain(given);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var entry : namesByCode.entrySet()) {
            List<String> forms = new java.util.ArrayList<>(entry.getValue());
            forms.add(0, entry.getKey());
            for (String form : forms) {
                String p = plain(form);
                int d = distance(g, p);
                if (d < bestDistance || (d == bestDistance && best != null && entry.getKey().compareTo(best) < 0)) {
                    best = entry.getKey();
                    bestDistance = d;
                }
            }
        }
        int allowed = Math.max(2, g.length() / 3);
        return best != null && bestDistance <= allowed && !best.equals(given) ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'? its names)", or nothing: as {@link #hint(String, Collection)}, names counted too. */
    public static String hint(String given, java.util.Map<String, ? extends Collection<String>> namesByCode,
                              java.util.function.Function<String, String> nameOf) {
        return nearest(given, namesByCode).map(s -> " (did you mean '" + s + "'? " + nameOf.apply(s) + ")").orElse("");
    }

    /** " (did you mean 'x'?)", or nothing. */
    public static String hint(String given, Collection<String> known) {
        return nearest(given, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private static String plain(String s) {
        return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
