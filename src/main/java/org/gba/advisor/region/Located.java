package org.gba.advisor.region;

import java.util.List;
import org.gba.advisor.profile.Jurisdiction;

/** A region fact that belongs to one place and can cite the profile facts behind it. */
public interface Located {
    String getPlace();

    Jurisdiction getJurisdiction();

    List<RegionFact> refs();
}
