package org.gba.advisor.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;

/** One thing wrong with a submitted profile: where (a JSON Pointer) and what, in plain words. */
@Schema(description = "One field at fault")
public record Violation(
        @Schema(description = "JSON Pointer (RFC 6901) of the field, or ?name for a query parameter",
                example = "/indicators/0/value", requiredMode = Schema.RequiredMode.REQUIRED) String pointer,
        @Schema(description = "What is wrong with it, in plain words", example = "must lie between 0 and 100",
                requiredMode = Schema.RequiredMode.REQUIRED) String message) {
}
