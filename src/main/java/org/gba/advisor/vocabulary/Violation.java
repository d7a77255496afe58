package org.gba.advisor.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One thing wrong with a submitted profile: where (a JSON Pointer, and for a workbook or CSV also the sheet and cell)
 * and what, in plain words.
 */
@Schema(description = "One field at fault")
public record Violation(
        @Schema(description = "JSON Pointer (RFC 6901) of the field, or ?name for a query parameter",
                example = "/indicators/0/value", requiredMode = Schema.RequiredMode.REQUIRED) String pointer,
        @Schema(description = "What is wrong with it, in plain words", example = "must lie between 0 and 100",
                requiredMode = Schema.RequiredMode.REQUIRED) String message,
        @Schema(description = "For a workbook or CSV: the sheet and cell of the field", example = "Indicators!D5")
        String cell) {

    public Violation(String pointer, String message) {
        this(pointer, message, null);
    }

    /** The same problem, located in a sheet's cell. */
    public Violation at(String where) {
        return new Violation(pointer, message, where);
    }
}
