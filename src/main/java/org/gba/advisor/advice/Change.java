package org.gba.advisor.advice;

/**
 * How one constraint, model or recommendation differs between two evaluations. Ranks are null where the
 * id is absent on that side; {@code scoreDelta} is new score minus old.
 */
public record Change(Ranked.Kind kind, String id, Movement movement, Integer fromRank, Integer toRank,
                     double scoreDelta) {

    /**
     * Entered or left the list, rose or fell in rank, kept its rank with another score, or kept rank and score on
     * other reasons (REWORDED: e.g. a "build first" action that becomes "organise" once a facility is known).
     */
    public enum Movement { ENTERED, LEFT, ROSE, FELL, RESCORED, REWORDED }
}
