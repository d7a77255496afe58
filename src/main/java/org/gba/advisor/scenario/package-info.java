/** What-if for planners: scenario comparison with explained diffs, sweeps with tipping points. */
package org.gba.advisor.scenario;
