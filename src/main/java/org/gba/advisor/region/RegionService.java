package org.gba.advisor.region;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gba.advisor.engine.RegionEvaluation;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.engine.RunawayRulesException;
import org.gba.advisor.http.InvalidRequestException;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.vocabulary.InvalidProfileException;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileValidator;
import org.gba.advisor.vocabulary.Violation;

/**
 * Evaluates a set of places together in one session of the region rules and writes the advice. What one
 * request may cost is bounded: at most {@link #MAX_PLACES} places, and the answer holds one page of the
 * ranked pairings (at most {@link #MAX_PAGE}) with their total, since pairings grow with the square of the
 * places, and in bytes ({@link #MAX_PAIRING_BYTES}).
 */
public class RegionService {
    /** The most places one request may evaluate together. */
    public static final int MAX_PLACES = 20;
    /** The pairings (and warnings) in one answer when the request does not say. */
    public static final int DEFAULT_PAGE = 50;
    /** The most pairings (and warnings) one answer may hold. */
    public static final int MAX_PAGE = 100;
    /** The pairings of one answer stop before they pass this many bytes of JSON (the page is then shorter). */
    public static final int MAX_PAIRING_BYTES = 768 * 1024;
    /** The same for the warnings. */
    public static final int MAX_WARNING_BYTES = 256 * 1024;

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
        return advise(request, lang, 0, DEFAULT_PAGE);
    }

    /** The advice with the pairings ranked {@code offset + 1} to {@code offset + limit}. */
    public RegionAdvice advise(RegionRequest request, Lang lang, int offset, int limit) {
        List<Violation> page = new ArrayList<>();
        if (offset < 0) {
            page.add(new Violation("?offset", "must be 0 or more"));
        }
        if (limit < 1 || limit > MAX_PAGE) {
            page.add(new Violation("?limit", "must be between 1 and " + MAX_PAGE));
        }
        if (!page.isEmpty()) {
            throw new InvalidRequestException(page);
        }
        RuleBase rules = engine.current();
        List<Profile> profiles = resolve(request, rules);
        RegionEvaluation evaluation;
        try {
            evaluation = evaluate(rules, profiles);
        } catch (RunawayRulesException e) {
            // not a rule loop here but places strong in everything, every one against every other
            throw new InvalidRequestException(request != null && request.profiles() != null ? "/profiles" : "/profileIds",
                    "these places together give more evidence than one request may evaluate; send fewer places, "
                            + "or places strong in fewer fields");
        }
        return new RegionWriter(rules, rules.regionData(), profiles, lang)
                .write(evaluation, clock.instant(), offset, limit);
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
        int count = (ids == null ? 0 : ids.size()) + (inline == null ? 0 : inline.size());
        if (count > MAX_PLACES) {
            // checked before any place is read or validated: the cost of a request is bounded up front
            throw new InvalidRequestException(inline != null && !inline.isEmpty() ? "/profiles" : "/profileIds",
                    "a region request has at most " + MAX_PLACES + " places, not " + count);
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
