/**
 * Rule sets: versions of the rules in the store, every instance kept on the published one, their status and
 * health, drafts from the workbench, impact reports, diffs, publication and reloads.
 */
package org.gba.advisor.ruleset;
