package org.gba.advisor.engine.facts;

import java.util.List;
import org.gba.advisor.vocabulary.Jurisdiction;

/** A region fact that belongs to one place and can cite the profile facts behind it. */
public interface Located {
    String getPlace();

    Jurisdiction getJurisdiction();

    List<RegionFact> refs();
}
