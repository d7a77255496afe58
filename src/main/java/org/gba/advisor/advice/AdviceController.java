package org.gba.advisor.advice;

import io.swagger.v3.oas.annotations.Parameter;
import org.gba.advisor.engine.RuleEngine;
import java.util.List;
import org.gba.advisor.profile.InvalidProfileException;
import org.gba.advisor.profile.Profile;
import org.gba.advisor.profile.Violation;
import org.gba.advisor.profile.ProfileValidator;
import org.gba.advisor.profile.SampleProfiles;
import org.gba.advisor.web.Languages;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Advice for a submitted profile or a built-in one. Nothing submitted here is stored. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class AdviceController {
    private final AdviceService advice;
    private final ProfileValidator validator;
    private final SampleProfiles profiles;
    private final RuleEngine engine;

    AdviceController(AdviceService advice, ProfileValidator validator, SampleProfiles profiles, RuleEngine engine) {
        this.advice = advice;
        this.validator = validator;
        this.profiles = profiles;
        this.engine = engine;
    }

    @PostMapping(path = "/advice", consumes = MediaType.APPLICATION_JSON_VALUE)
    Advice advise(@RequestBody Profile profile,
                  @Parameter(description = "zh or en; overrides Accept-Language") @RequestParam(required = false) String lang,
                  @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
                  @Parameter(description = "counterfactual: add the smallest changes that would move the advice")
                  @RequestParam(required = false) String explain) {
        var language = Languages.resolve(lang, acceptLanguage);
        validator.requireValid(profile, engine.current().catalog());
        return advice.advise(profile, language, explain(explain));
    }

    static boolean explain(String explain) {
        if (explain == null) {
            return false;
        }
        if (!explain.equals("counterfactual")) {
            throw new InvalidProfileException(List.of(new Violation("?explain", "the only explanation on request is 'counterfactual'")));
        }
        return true;
    }

    @GetMapping("/profiles/{id}/advice")
    Advice adviseSample(@PathVariable String id,
                        @Parameter(description = "zh or en; overrides Accept-Language") @RequestParam(required = false) String lang,
                        @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
                        @Parameter(description = "counterfactual: add the smallest changes that would move the advice")
                        @RequestParam(required = false) String explain) {
        var language = Languages.resolve(lang, acceptLanguage);
        return advice.advise(profiles.get(id), language, explain(explain));
    }
}
