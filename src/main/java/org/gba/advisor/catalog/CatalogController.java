package org.gba.advisor.catalog;

import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.vocabulary.Lang;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog of the rule base in service. */
@RestController
class CatalogController {
    private final RuleEngine engine;

    CatalogController(RuleEngine engine) {
        this.engine = engine;
    }

    @GetMapping(path = "/api/v1/catalog", produces = "application/json")
    CatalogView catalog(Lang lang) {
        return CatalogView.of(engine.current(), lang);
    }
}
