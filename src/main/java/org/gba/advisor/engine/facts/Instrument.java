package org.gba.advisor.engine.facts;

import java.util.Set;
import org.gba.advisor.vocabulary.ActionId;

/** Rule fact: a policy instrument in force in the place, with the actions it carries out (from the catalog). */
public final class Instrument implements Traceable {
    private final String path;
    private final String code;
    private final String title;
    private final Integer since;
    private final Set<ActionId> carries;
    private final String source;

    public Instrument(String path, String code, String title, Integer since, Set<ActionId> carries, String source) {
        this.path = path;
        this.code = code;
        this.title = title;
        this.since = since;
        this.carries = Set.copyOf(carries);
        this.source = source;
    }

    public String getCode() { return code; }
    public Integer getSince() { return since; }
    public Set<ActionId> getCarries() { return carries; }

    @Override
    public FactRef ref() {
        return new FactRef(path, "instrument", code + ": " + title + (since == null ? "" : " (since " + since + ")"),
                "E4", null, null, since, source);
    }
}
