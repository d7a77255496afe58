package org.gba.advisor.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A constraint the submitter declares about the place, e.g. biological materials cannot cross the border freely. */
@Schema(description = "A declared constraint. flow is required when type is FLOW_BARRIER and must be absent otherwise.")
public record ProfileConstraint(
        @NotNull ConstraintType type,
        Flow flow,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String field,
        @NotNull Severity severity,
        @NotBlank @Size(max = 400) String source,
        @Size(max = 400) String note) {
}
