package org.gba.advisor.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.gba.advisor.vocabulary.Lang;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cross-city advice for a set of places evaluated together. Nothing submitted here is stored. */
@RestController
class RegionController {
    private final RegionService region;

    RegionController(RegionService region) {
        this.region = region;
    }

    @Operation(summary = "Evaluate several places together",
            description = "Pairings between places (models M1–M4 with the actions that make them work, e.g. CM4 "
                    + "for a blocked flow), warnings of places competing for one specialty (C2) and advice to the "
                    + "corridors and circles of §6. An unknown profile id is a 404 unknown-profile; an invalid "
                    + "inline profile a 400 invalid-profile with pointers under /profiles/N. At most "
                    + RegionService.MAX_PLACES + " places; the answer holds one page of the ranked pairings "
                    + "(?offset, ?limit) and their total (page.totalPairings).")
    @PostMapping(path = "/api/v1/region/advice", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    RegionAdvice advise(@RequestBody(required = false) RegionRequest request,
                        Lang lang,
                        @Parameter(description = "pairings to skip (ranked best first)")
                        @RequestParam(defaultValue = "0") int offset,
                        @Parameter(description = "pairings (and warnings) in this answer, 1 to " + RegionService.MAX_PAGE)
                        @RequestParam(defaultValue = "" + RegionService.DEFAULT_PAGE) int limit) {
        return region.advise(request, lang, offset, limit);
    }
}
