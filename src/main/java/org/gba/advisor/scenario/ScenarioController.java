package org.gba.advisor.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.gba.advisor.advice.Advice;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.http.Problems;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.vocabulary.Lang;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What-if endpoints for planners. Nothing here is stored. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "scenarios", description = "What-if: scenarios compared with a base profile, sweeps, counterfactuals. Nothing is stored.")
class ScenarioController {
    private final ScenarioService scenarios;
    private final AdviceService advice;
    private final SampleProfiles samples;

    ScenarioController(ScenarioService scenarios, AdviceService advice, SampleProfiles samples) {
        this.scenarios = scenarios;
        this.advice = advice;
        this.samples = samples;
    }

    @Operation(operationId = "compareScenarios",
            summary = "Advice for a base profile and for each scenario, with what moved and why",
            description = "Each scenario changes the base profile by a JSON Patch (RFC 6902) or a JSON Merge Patch "
                    + "(RFC 7396) and answers its full advice and a `diff` against the base: what entered, left or "
                    + "moved, with the evidence that appeared or disappeared. A patch that cannot be applied, or "
                    + "that gives an invalid profile, is a 400 invalid-scenario naming the scenario, the operation "
                    + "and the field.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "barrier-lifted",
                    summary = "A built-in place with its first declared constraint lifted",
                    value = "{\"baseId\": \"zhongshan\", \"scenarios\": [{\"name\": \"barrier lifted\", "
                            + "\"patch\": [{\"op\": \"remove\", \"path\": \"/constraints/0\"}]}]}"))))
    @Problems({"unknown-profile", "invalid-scenario"})
    @PostMapping(path = "/scenarios/compare", consumes = MediaType.APPLICATION_JSON_VALUE)
    Comparison compare(@Valid @RequestBody ScenarioRequests.Compare request,
                       Lang lang) {
        return scenarios.compare(request, lang);
    }

    @Operation(operationId = "sweepScenarios",
            summary = "Scores and ranks over a range of one indicator (or a grid of two), with tipping points",
            description = "The score and rank of every model, recommendation and constraint at each point, and the "
                    + "tipping points where one entered, left or took the top place. In a one-indicator sweep each "
                    + "tipping point is narrowed by bisection and both of its ends were evaluated.")
    @Problems("unknown-profile")
    @PostMapping(path = "/scenarios/sweep", consumes = MediaType.APPLICATION_JSON_VALUE)
    SweepResult sweep(@Valid @RequestBody ScenarioRequests.Sweep request) {
        return scenarios.sweep(request);
    }

    @Operation(operationId = "getCounterfactuals",
            summary = "The smallest change that would move each model or recommendation",
            description = "For each model or recommendation outside the top places of a built-in profile, the "
                    + "cheapest single change that brings it in, and for each top recommendation the cheapest that "
                    + "makes it unnecessary. Each comes as a JSON Patch that compareScenarios accepts, and was "
                    + "applied and evaluated twice before being reported.")
    @Problems("unknown-profile")
    @GetMapping("/profiles/{id}/counterfactuals")
    List<Advice.Counterfactual> counterfactuals(@Parameter(description = "A built-in profile's id", example = "zhongshan")
                                                @PathVariable String id,
                                                Lang lang) {
        return advice.counterfactuals(samples.get(id), lang);
    }
}
