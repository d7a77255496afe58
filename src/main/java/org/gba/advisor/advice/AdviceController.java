package org.gba.advisor.advice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.gba.advisor.access.Caller;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.profiles.Neighbours;
import org.gba.advisor.profiles.ProfileAccess;
import org.gba.advisor.profiles.ProfileStore;
import org.gba.advisor.profiles.UnknownVersionException;
import org.gba.advisor.vocabulary.InvalidProfileException;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileValidator;
import org.gba.advisor.vocabulary.Violation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Advice for an inline profile (nothing stored) or a stored one (the answer is recorded for replay). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class AdviceController {
    private final AdviceService advice;
    private final ProfileValidator validator;
    private final ProfileAccess access;
    private final AdviceRecords records;
    private final RuleEngine engine;
    private final Neighbours neighbours;

    AdviceController(AdviceService advice, ProfileValidator validator, ProfileAccess access, AdviceRecords records,
                     RuleEngine engine, Neighbours neighbours) {
        this.neighbours = neighbours;
        this.advice = advice;
        this.validator = validator;
        this.access = access;
        this.records = records;
        this.engine = engine;
    }

    @PostMapping(path = "/advice", consumes = MediaType.APPLICATION_JSON_VALUE)
    Advice advise(@RequestBody Profile profile,
                  Lang lang,
                  @Parameter(description = "counterfactual: add the smallest changes that would move the advice")
                  @RequestParam(required = false) String explain) {
        RuleBase rules = engine.current();
        validator.requireValid(profile, rules.catalog());
        return advice.advise(neighbours.resolve(profile, Caller.current(), rules.parameters().reach()), lang,
                explain(explain));
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

    @Operation(summary = "Advice for a stored profile (built-in ones for everyone); recorded for replay when asked with a key")
    @GetMapping("/profiles/{id}/advice")
    Advice adviseStored(@PathVariable String id,
                        Lang lang,
                        @Parameter(description = "counterfactual: add the smallest changes that would move the advice")
                        @RequestParam(required = false) String explain) {
        boolean counterfactual = explain(explain);
        Caller caller = Caller.current();
        ProfileStore.Stored stored = access.forAdvice(id, caller);
        RuleBase rules = engine.current();
        AdviceService.Advised advised = advice.adviseWithRanking(rules, stored.profile(), lang, counterfactual);
        // Answers to key holders are recorded for replay; anonymous reads of the built-in profiles (a portal's
        // widget on every page view) are not, so that public traffic cannot grow the database.
        if (!caller.anonymous()) {
            records.record(stored, rules, advised.ranked(), caller.keyId());
        }
        return advised.advice();
    }

    @Operation(summary = "The advice recorded for a stored profile, newest first")
    @GetMapping("/profiles/{id}/advice-records")
    List<AdviceRecords.Record> records(@PathVariable String id, @RequestParam(defaultValue = "50") int limit) {
        access.forProfileReader(id, Caller.current());
        return records.forProfile(id, Math.max(1, Math.min(limit, 500)));
    }

    @Operation(summary = "A recorded answer replayed with the rules in service: what changed since")
    @GetMapping("/advice-records/{recordId}/replay")
    AdviceRecords.Replay replay(@PathVariable long recordId) {
        AdviceRecords.Record r = records.find(recordId).orElseThrow(() ->
                new UnknownVersionException("There is no advice record " + recordId + "."));
        access.forProfileReader(r.profileId(), Caller.current());
        return records.replay(r, engine.current());
    }
}
