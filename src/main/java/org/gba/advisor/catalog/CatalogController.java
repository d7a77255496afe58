package org.gba.advisor.catalog;

import io.swagger.v3.oas.annotations.Parameter;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.http.Languages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog of the rule base in service. */
@RestController
class CatalogController {
    private final RuleEngine engine;

    CatalogController(RuleEngine engine) {
        this.engine = engine;
    }

    @GetMapping(path = "/api/v1/catalog", produces = "application/json")
    CatalogView catalog(@Parameter(description = "zh or en; overrides Accept-Language") @RequestParam(required = false) String lang,
                        @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        return CatalogView.of(engine.current(), Languages.resolve(lang, acceptLanguage));
    }
}
