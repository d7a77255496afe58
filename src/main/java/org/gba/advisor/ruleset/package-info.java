/** The rule set in service: its status and health, reloads while serving, and the impact report of a candidate. */
package org.gba.advisor.ruleset;
