/** The rule engine: loads and compiles rules/ into a shared rule base, turns a profile into facts and evaluates it. */
package org.gba.advisor.engine;
