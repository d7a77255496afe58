package org.gba.advisor.region;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gba.advisor.engine.RegionEvaluation;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.vocabulary.InvalidProfileException;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileValidator;
import org.gba.advisor.vocabulary.Violation;

/** Evaluates a set of places together in one session of the region rules and writes the advice. */
public class RegionService {
    private final RuleEngine engine;
    private final SampleProfiles samples;
    private final ProfileValidator validator;
    private final Clock clock;

    public RegionService(RuleEngine engine, SampleProfiles samples, ProfileValidator validator, Clock clock) {
        this.engine = engine;
        this.samples = samples;
        this.validator = validator;
        this.clock = clock;
    }

    public RegionAdvice advise(RegionRequest request, Lang lang) {
        RuleBase rules = engine.current();
        List<Profile> profiles = resolve(request, rules);
        RegionEvaluation evaluation = evaluate(rules, profiles);
        return new RegionWriter(rules, rules.regionData(), profiles, lang).write(evaluation, clock.instant());
    }

    /**
     * The places of a request: built-in ones by id (an unknown id is a 404), inline ones validated with their
     * errors under {@code /profiles/N}, all built-in ones when the request names none. Ids must be unique.
     */
    List<Profile> resolve(RegionRequest request, RuleBase rules) {
        List<String> ids = request == null ? null : request.profileIds();
        List<Profile> inline = request == null ? null : request.profiles();
        if (ids == null && inline == null) {
            return List.copyOf(samples.all());
        }
        List<Profile> out = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i) == null) {
                    violations.add(new Violation("/profileIds/" + i, "must be a profile id"));
                    continue;
                }
                Profile p = samples.get(ids.get(i));
                if (!seen.add(p.id())) {
                    violations.add(new Violation("/profileIds/" + i, "'" + p.id() + "' is named twice"));
                }
                out.add(p);
            }
        }
        if (inline != null) {
            for (int i = 0; i < inline.size(); i++) {
                String at = "/profiles/" + i;
                List<Violation> own = validator.validate(inline.get(i), rules.catalog());
                own.forEach(v -> violations.add(new Violation(at + v.pointer(), v.message())));
                if (own.isEmpty()) {
                    if (!seen.add(inline.get(i).id())) {
                        violations.add(new Violation(at + "/id", "'" + inline.get(i).id()
                                + "' is already a place of this request"));
                    }
                    out.add(inline.get(i));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidProfileException(violations);
        }
        return List.copyOf(out);
    }

    /** One session of the region rules over all the places' facts. */
    public static RegionEvaluation evaluate(RuleBase rules, List<Profile> profiles) {
        return rules.evaluateRegion(profiles);
    }
}
