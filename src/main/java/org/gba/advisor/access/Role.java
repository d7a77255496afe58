package org.gba.advisor.access;

/** The roles a key can have. */
public enum Role {
    /** Submits and reads the profiles of the places the key is assigned to. */
    OFFICIAL,
    /** Reads every profile, runs advice and scenarios. */
    PLANNER,
    /** Reads the published advice of profiles, from allow-listed origins. */
    PORTAL,
    /**
     * Tunes the policy: reads the rule set versions, drafts changes of their numbers and texts in the workbench
     * and sees their impact on every stored profile; cannot publish (an admin reviews and publishes).
     */
    ANALYST,
    /**
     * Manages keys, reviews and publishes rule sets, reloads rules, changes a place's parent, reads the audit log
     * and the actuator.
     */
    ADMIN,
    /** Reads the actuator's info, metrics and Prometheus scrape, and nothing else (for a monitoring system). */
    METRICS
}
