/** Benchmark aids that production does not serve: the echo endpoint behind the load test. */
package org.gba.advisor.bench;
