package org.gba.advisor.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gba.advisor.http.Problems;
import org.gba.advisor.vocabulary.Lang;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cross-city advice for a set of places evaluated together. Nothing submitted here is stored. */
@RestController
@Tag(name = "region", description = "Many Bay Area places evaluated together: pairings, warnings, corridors and circles")
class RegionController {
    private final RegionService region;

    RegionController(RegionService region) {
        this.region = region;
    }

    @Operation(operationId = "adviseRegion", summary = "Evaluate several places together",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "four-places",
                    summary = "Four built-in places",
                    value = "{\"profileIds\": [\"hong-kong\", \"dongguan\", \"hengqin\", \"macao\"]}"))),
            description = "Pairings between places (models M1–M4 with the actions that make them work, e.g. CM4 "
                    + "for a blocked flow), warnings of places competing for one specialty (C2) and advice to the "
                    + "corridors and circles of §6. An unknown profile id is a 404 unknown-profile; an invalid "
                    + "inline profile a 400 invalid-profile with pointers under /profiles/N. At most "
                    + RegionService.MAX_PLACES + " places; the answer holds one page of the ranked pairings "
                    + "(?offset, ?limit) and their total (page.totalPairings).")
    @Problems({"unknown-profile", "invalid-request"})
    @PostMapping(path = "/api/v1/region/advice", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    RegionAdvice advise(@RequestBody(required = false) RegionRequest request,
                        Lang lang,
                        @Parameter(description = "pairings to skip (ranked best first)",
                                schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
                        @RequestParam(defaultValue = "0") int offset,
                        @Parameter(description = "pairings (and warnings) in this answer, 1 to " + RegionService.MAX_PAGE,
                                schema = @Schema(type = "integer", minimum = "1", maximum = "" + RegionService.MAX_PAGE,
                                        defaultValue = "" + RegionService.DEFAULT_PAGE))
                        @RequestParam(defaultValue = "" + RegionService.DEFAULT_PAGE) int limit) {
        return region.advise(request, lang, offset, limit);
    }
}
