package org.gba.advisor.scenario;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.gba.advisor.advice.Advice;
import org.gba.advisor.advice.AdviceService;
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
class ScenarioController {
    private final ScenarioService scenarios;
    private final AdviceService advice;
    private final SampleProfiles samples;

    ScenarioController(ScenarioService scenarios, AdviceService advice, SampleProfiles samples) {
        this.scenarios = scenarios;
        this.advice = advice;
        this.samples = samples;
    }

    @Operation(summary = "Advice for a base profile and for each scenario (JSON Patch or Merge Patch), with what moved and why")
    @PostMapping(path = "/scenarios/compare", consumes = MediaType.APPLICATION_JSON_VALUE)
    Comparison compare(@Valid @RequestBody ScenarioRequests.Compare request,
                       Lang lang) {
        return scenarios.compare(request, lang);
    }

    @Operation(summary = "Scores and ranks over a range of one indicator (or a grid of two), with confirmed tipping points")
    @PostMapping(path = "/scenarios/sweep", consumes = MediaType.APPLICATION_JSON_VALUE)
    SweepResult sweep(@Valid @RequestBody ScenarioRequests.Sweep request) {
        return scenarios.sweep(request);
    }

    @Operation(summary = "The smallest single change that brings each model or recommendation into the top places, "
            + "or makes a top recommendation unnecessary; each confirmed by re-evaluation")
    @GetMapping("/profiles/{id}/counterfactuals")
    List<Advice.Counterfactual> counterfactuals(@PathVariable String id,
                                                Lang lang) {
        return advice.counterfactuals(samples.get(id), lang);
    }
}
