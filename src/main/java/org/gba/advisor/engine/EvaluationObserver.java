package org.gba.advisor.engine;

/**
 * Told of every evaluation, so that metrics can be kept without the engine knowing of any metrics library.
 * Called on the evaluating thread: it must be quick and must not throw.
 */
@FunctionalInterface
public interface EvaluationObserver {
    EvaluationObserver NONE = (version, nanos, succeeded) -> { };

    /**
     * @param rulesVersion the version of the rule base that evaluated
     * @param nanos        how long the evaluation took
     * @param succeeded    false if it threw (e.g. rules that would not stop firing)
     */
    void evaluated(String rulesVersion, long nanos, boolean succeeded);
}
