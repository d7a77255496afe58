package org.gba.advisor.engine;

/** An evaluation hit the firing cap of the parameters file: some rule keeps re-firing. */
public class RunawayRulesException extends RuntimeException {
    public RunawayRulesException(String profileId, int cap) {
        super("evaluation of '" + profileId + "' reached the cap of " + cap + " rule firings; a rule re-fires");
    }
}
