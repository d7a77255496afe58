package org.gba.advisor.profile;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The built-in sample profiles. */
@RestController
@RequestMapping(path = "/api/v1/profiles", produces = "application/json")
class ProfileController {
    private final SampleProfiles profiles;

    ProfileController(SampleProfiles profiles) {
        this.profiles = profiles;
    }

    /** A summary of a profile, as listed. */
    record Summary(String id, LocalizedName name, PlaceKind kind, Jurisdiction jurisdiction, String parent,
                   Integer year, int indicators, int assets, int constraints) {
    }

    @GetMapping
    List<Summary> list() {
        return profiles.all().stream().map(p -> new Summary(p.id(), p.name(), p.kind(), p.jurisdiction(), p.parent(),
                p.year(), p.indicatorsOrEmpty().size(), p.assetsOrEmpty().size(), p.constraintsOrEmpty().size()))
                .toList();
    }

    @GetMapping("/{id}")
    Profile get(@PathVariable String id) {
        return profiles.get(id);
    }
}
