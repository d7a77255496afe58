/** What the rules reason on and write to: the facts of a place or of many, the evidence ledgers, the parameters. */
package org.gba.advisor.engine.facts;
