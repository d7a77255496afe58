package org.gba.advisor.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for admins (access is checked by the security configuration). */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditController {
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Operation(summary = "The newest audit events first (admin)")
    @GetMapping
    List<AuditLog.Event> recent(@RequestParam(required = false) String action,
                                @RequestParam(defaultValue = "100") int limit) {
        return audit.recent(action, Math.max(1, Math.min(limit, 1000)));
    }
}
