package org.gba.advisor.advice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.gba.advisor.access.Caller;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.engine.RuleSetVersions;
import org.gba.advisor.http.InvalidRequestException;
import org.gba.advisor.http.KeyOptional;
import org.gba.advisor.http.KeyRequired;
import org.gba.advisor.http.Problems;
import org.gba.advisor.profiles.Neighbours;
import org.gba.advisor.profiles.ProfileAccess;
import org.gba.advisor.profiles.ProfileStore;
import org.gba.advisor.profiles.UnknownVersionException;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Violation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Advice for an inline profile (nothing stored) or a stored one (the answer is recorded for replay). The two
 * advice endpoints write their answer themselves ({@link AdviceJson}), from the JSON kept with a cached ranking when
 * the profile was answered before: they return null, and their declared type {@link Advice} is what they write (the
 * OpenAPI document is derived from it, and the API tests check every answer against it).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "advice", description = "Ranked, explained advice for one place, and the answers recorded for replay")
class AdviceController {
    private static final String EXPLAIN = "counterfactual: add, for each model or recommendation outside the top "
            + "places, the smallest single change that would bring it in (each confirmed by evaluation)";

    private final AdviceService advice;
    private final ProfileAccess access;
    private final AdviceRecords records;
    private final RuleEngine engine;
    private final Neighbours neighbours;
    private final RuleSetVersions versions;
    private final AdviceJson answers;

    AdviceController(AdviceService advice, ProfileAccess access, AdviceRecords records, RuleEngine engine,
                     Neighbours neighbours, RuleSetVersions versions, JsonMapper json) {
        this.neighbours = neighbours;
        this.versions = versions;
        this.advice = advice;
        this.access = access;
        this.records = records;
        this.engine = engine;
        this.answers = new AdviceJson(json);
    }

    @Operation(operationId = "advise", summary = "Advice for a profile given in the body (nothing is stored)",
            description = "Evaluates the profile with the rules in service: the practice models that fit, the "
                    + "countermeasure actions that matter most, the constraints diagnosed, and the missing data that "
                    + "would change the answer. Every score is the sum of the points in its `because`.")
    @Problems("invalid-request")
    @PostMapping(path = "/advice", consumes = MediaType.APPLICATION_JSON_VALUE)
    Advice advise(@RequestBody Profile profile,
                  Lang lang,
                  @Parameter(description = EXPLAIN, schema = @Schema(allowableValues = "counterfactual"))
                  @RequestParam(required = false) String explain,
                  HttpServletResponse response) throws IOException {
        RuleBase rules = engine.current();
        AdviceService.Checked checked = advice.requireValid(rules, profile);
        Profile resolved = neighbours.resolve(profile, Caller.current(), rules.parameters().reach());
        answers.send(advice.reply(checked, resolved, lang, explain(explain), answers::withoutProvenance), response);
        return null;
    }

    static boolean explain(String explain) {
        if (explain == null) {
            return false;
        }
        if (!explain.equals("counterfactual")) {
            throw new InvalidRequestException(List.of(new Violation("?explain", "the only explanation on request is 'counterfactual'")));
        }
        return true;
    }

    @Operation(operationId = "getProfileAdvice", summary = "Advice for a stored profile",
            description = "Advice for the version of a stored profile the caller may see: the built-in places as "
                    + "shipped for everyone, later versions and submitted places for the keys that may read them. "
                    + "An answer to a key is recorded for replay; anonymous answers are not.")
    @KeyOptional("planners, portals and the place's officials get the latest version, and the answer is recorded")
    @Problems({"unknown-profile", "invalid-request"})
    @GetMapping("/profiles/{id}/advice")
    Advice adviseStored(@Parameter(description = "The profile's id", example = "dongguan") @PathVariable String id,
                        Lang lang,
                        @Parameter(description = EXPLAIN, schema = @Schema(allowableValues = "counterfactual"))
                        @RequestParam(required = false) String explain,
                        HttpServletResponse response) throws IOException {
        boolean counterfactual = explain(explain);
        Caller caller = Caller.current();
        ProfileStore.Stored stored = access.forAdvice(id, caller);
        RuleBase rules = engine.current();
        AdviceService.Reply reply = advice.reply(rules, stored.profile(), lang, counterfactual, answers::withoutProvenance);
        // Answers to key holders are recorded for replay; anonymous reads of the built-in profiles (a portal's
        // widget on every page view) are not, so that public traffic cannot grow the database.
        if (!caller.anonymous()) {
            records.record(stored, rules, reply.ranked(), caller.keyId());
        }
        answers.send(reply, response);
        return null;
    }

    @Operation(operationId = "listAdviceRecords", summary = "The advice recorded for a stored profile, newest first",
            description = "Each answer given to a key: the profile version, the rules version, the hash of the input "
                    + "and the ranking, so that it can be replayed.")
    @KeyRequired("planners and the place's officials")
    @Problems("unknown-profile")
    @GetMapping("/profiles/{id}/advice-records")
    List<AdviceRecords.Record> records(@Parameter(description = "The profile's id", example = "dongguan") @PathVariable String id,
                                       @Parameter(description = "At most this many records (1 to 500; beyond, 500)",
                                               schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "500", defaultValue = "50"))
                                       @RequestParam(defaultValue = "50") int limit) {
        access.forProfileReader(id, Caller.current());
        return records.forProfile(id, Math.max(1, Math.min(limit, 500)));
    }

    @Operation(operationId = "replayAdviceRecord",
            summary = "A recorded answer replayed with the rules in service, or with any rule set version",
            description = "Evaluates the recorded profile version again, with the rules now in service or with the "
                    + "stored rule set version `ruleSet` (a draft, an older or a newer one, compiled aside on this "
                    + "instance and not served), and lists the models, recommendations and constraints that "
                    + "entered, left or moved.")
    @KeyRequired("planners and the officials of the record's place")
    @Problems({"unknown-version", "unknown-rule-set", "invalid-rules"})
    @GetMapping("/advice-records/{recordId}/replay")
    AdviceRecords.Replay replay(@Parameter(description = "The record's id (from listAdviceRecords)", example = "1")
                                @PathVariable long recordId,
                                @Parameter(description = "A rule set version to replay with (GET /api/v1/rules/versions "
                                        + "lists them); absent: the rules in service", example = "1",
                                        schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                                @RequestParam(required = false) Integer ruleSet) {
        AdviceRecords.Record r = records.find(recordId).orElseThrow(() ->
                new UnknownVersionException("There is no advice record " + recordId + "."));
        access.forProfileReader(r.profileId(), Caller.current());
        return records.replay(r, ruleSet == null ? engine.current() : versions.ruleBase(ruleSet));
    }
}
