package org.gba.advisor.bench;

import java.util.ArrayList;
import java.util.List;
import org.gba.advisor.catalog.Catalog;
import org.gba.advisor.profile.Figure;
import org.gba.advisor.profile.Profile;

/** The profiles a gerd-gdp sweep evaluates, built outside the measured code. */
final class SweepProfiles {
    private SweepProfiles() {
    }

    static Profile withGerd(Profile p, double value, Catalog catalog) {
        List<Figure> indicators = new ArrayList<>();
        p.indicatorsOrEmpty().stream().filter(f -> !f.code().equals("gerd-gdp")).forEach(indicators::add);
        indicators.add(new Figure("gerd-gdp", value, catalog.indicators().get("gerd-gdp").unit(), p.year(), "bench", null));
        return new Profile(p.id(), p.name(), p.kind(), p.jurisdiction(), p.parent(), p.year(), p.specialties(),
                p.specialtiesSource(), indicators, p.assets(), p.constraints(), p.note());
    }
}
