package org.gba.advisor.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.vocabulary.Lang;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog of the rule base in service. */
@RestController
@Tag(name = "catalog", description = "What the rules know: models, countermeasures, constraints, indicators, codes, rules")
class CatalogController {
    private final RuleEngine engine;

    CatalogController(RuleEngine engine) {
        this.engine = engine;
    }

    @Operation(operationId = "getCatalog", summary = "The catalog of the rules in service",
            description = "Models, countermeasures and their actions, constraints, indicators (with the rules' "
                    + "thresholds), codes, and every rule with its id, section, weight and reason, in the answer's "
                    + "language.")
    @GetMapping(path = "/api/v1/catalog", produces = "application/json")
    CatalogView catalog(Lang lang) {
        return CatalogView.of(engine.current(), lang);
    }
}
