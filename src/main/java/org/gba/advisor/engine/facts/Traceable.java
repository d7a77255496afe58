package org.gba.advisor.engine.facts;

/** A fact that can say where it came from, so that evidence can cite it. */
public interface Traceable {
    FactRef ref();
}
