/** One test class per DRL file; every rule tested both ways (fires / does not fire), without Spring. */
package org.gba.advisor.rules;
