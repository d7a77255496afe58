package org.gba.advisor.ruleset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gba.advisor.http.KeyRequired;
import org.gba.advisor.access.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rules in service, their reload and the impact report (roles are checked by the security configuration). */
@RestController
@RequestMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "rules", description = "The rules in service: status, reload while serving, and the impact of a change")
class RulesController {
    private final RulesAdmin rules;

    RulesController(RulesAdmin rules) {
        this.rules = rules;
    }

    @Operation(operationId = "getRulesStatus", summary = "The rules in service",
            description = "The rules version in service, when it was loaded, its files, and the last reload's errors.")
    @KeyRequired("planners and admins")
    @GetMapping
    RulesAdmin.Status status() {
        return rules.status();
    }

    @Operation(operationId = "reloadRules", summary = "Compile the rules folder and swap it in",
            description = "Compiles rules/ aside and swaps it in; with errors the old rules keep serving and the "
                    + "answer lists them. A request uses one rules version from start to end.")
    @KeyRequired("admins")
    @PostMapping("/reload")
    RulesAdmin.Attempt reload() {
        return rules.reload(Caller.current().keyId());
    }

    @Operation(operationId = "previewRulesImpact", summary = "What the rules folder as it is now would change",
            description = "Replays every stored profile with rules/ as it is now, without swapping: for each profile "
                    + "whose advice would move, the changes.")
    @KeyRequired("admins")
    @PostMapping("/impact")
    RulesAdmin.Impact impact() {
        return rules.impact();
    }
}
