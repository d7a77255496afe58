package org.gba.advisor.engine.facts;

import org.gba.advisor.vocabulary.Flow;

/** Region rule fact: a link of this model, or in this field ({@code key}), needs this flow to cross (region.yaml). */
public record FlowNeed(String key, Flow flow) {
    public String getKey() { return key; }
    public Flow getFlow() { return flow; }
}
