package org.gba.advisor.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One operation of an RFC 6902 JSON Patch on a profile, as the OpenAPI document describes it. Patches are read
 * and applied as JSON ({@link ProfilePatches}); this record only gives them a schema.
 */
@Schema(description = "One RFC 6902 JSON Patch operation on a profile")
public record JsonPatchOperation(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "replace",
                allowableValues = {"add", "remove", "replace", "move", "copy", "test"}) String op,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "JSON Pointer of the field",
                example = "/indicators/0/value") String path,
        @Schema(description = "move and copy: JSON Pointer of the field taken from", example = "/assets/0") String from,
        @Schema(description = "add, replace and test: the value (any JSON)", example = "3.5") Object value) {
}
