package org.gba.advisor.testing;

import java.util.ArrayList;
import java.util.List;

/** What ranks a list of scores (highest first) should carry: equal scores share a rank, the next one skips. */
public final class Ranks {
    private Ranks() {
    }

    public static List<Integer> competition(List<Double> scoresHighestFirst) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < scoresHighestFirst.size(); i++) {
            boolean tied = i > 0 && Math.abs(scoresHighestFirst.get(i) - scoresHighestFirst.get(i - 1)) < 1e-9;
            out.add(tied ? out.get(i - 1) : i + 1);
        }
        return out;
    }
}
