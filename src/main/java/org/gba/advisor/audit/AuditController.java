package org.gba.advisor.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gba.advisor.http.KeyRequired;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for admins (access is checked by the security configuration). */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "audit", description = "Who did what: submissions, rules reloads (and refused ones), key changes")
class AuditController {
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Operation(operationId = "listAuditEvents", summary = "The newest audit events first",
            description = "Submissions, rules reloads (and refused ones) and key changes: who, when, what, on what.")
    @KeyRequired("admins")
    @GetMapping
    List<AuditLog.Event> recent(@Parameter(description = "Only events of this action", example = "RULES_RELOADED")
                                @RequestParam(required = false) String action,
                                @Parameter(description = "At most this many events (1 to 1000; beyond, 1000)",
                                        schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "1000", defaultValue = "100"))
                                @RequestParam(defaultValue = "100") int limit) {
        return audit.recent(action, Math.max(1, Math.min(limit, 1000)));
    }
}
