package org.gba.advisor.ruleset;

import io.swagger.v3.oas.annotations.Operation;
import org.gba.advisor.access.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rules in service, their reload and the impact report (roles are checked by the security configuration). */
@RestController
@RequestMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
class RulesController {
    private final RulesAdmin rules;

    RulesController(RulesAdmin rules) {
        this.rules = rules;
    }

    @Operation(summary = "The rules version in service, when it was loaded, its files, and the last reload's errors")
    @GetMapping
    RulesAdmin.Status status() {
        return rules.status();
    }

    @Operation(summary = "Compile the rules folder and swap it in; with errors the old rules keep serving (admin)")
    @PostMapping("/reload")
    RulesAdmin.Attempt reload() {
        return rules.reload(Caller.current().keyId());
    }

    @Operation(summary = "Replay every stored profile with the rules folder as it is now, without swapping (admin)")
    @PostMapping("/impact")
    RulesAdmin.Impact impact() {
        return rules.impact();
    }
}
