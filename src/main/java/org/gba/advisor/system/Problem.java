package org.gba.advisor.system;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import org.gba.advisor.vocabulary.Violation;

/**
 * The shape of every error answer (RFC 9457 problem+json), as the OpenAPI document describes it: what
 * {@link ProblemHandler} and the security filters write. Not used to write answers, only to document them.
 */
@Schema(name = "Problem", description = "An error (RFC 9457 problem+json). `type` is stable: clients may rely on it; "
        + "`errors` names each field at fault by its JSON Pointer (or `?name` for a query parameter).")
record Problem(
        @Schema(description = "Stable problem type", example = "urn:gba-advisor:problem:invalid-profile",
                requiredMode = Schema.RequiredMode.REQUIRED) URI type,
        @Schema(description = "Short summary of the problem type", example = "Invalid profile",
                requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(description = "The HTTP status", example = "400", minimum = "400", maximum = "599",
                requiredMode = Schema.RequiredMode.REQUIRED) int status,
        @Schema(description = "What went wrong in this request, in plain words",
                example = "1 field(s) of the profile are not valid") String detail,
        @Schema(description = "The request path", format = "uri-reference", example = "/api/v1/advice") String instance,
        @ArraySchema(arraySchema = @Schema(description = "The fields at fault"))
        List<Violation> errors,
        @Schema(description = "unknown-profile: the id that is not known", example = "atlantis") String profileId,
        @Schema(description = "invalid-scenario: the scenario's name", example = "barrier lifted") String scenario,
        @Schema(description = "invalid-scenario: the scenario's index in the request", example = "0")
        Integer scenarioIndex,
        @Schema(description = "invalid-scenario: the index of the JSON Patch operation at fault", example = "0")
        Integer operation,
        @Schema(description = "payload-too-large: the largest body accepted, in bytes", example = "262144")
        Long maxBytes) {
}
