package org.gba.advisor.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The submitter's answer to one checklist question, with where it comes from. */
@Schema(description = "An answer to a checklist question (GET /api/v1/catalog lists the questions). A question left "
        + "out is unknown, never taken as NO.")
public record ChecklistAnswer(
        @NotNull Question question,
        @NotNull Answer answer,
        @Schema(description = "Where the answer comes from", example = "Dongguan Science and Technology Bureau, 2024 work report")
        @NotBlank @Size(max = 400) String source,
        @Size(max = 400) String note) {
}
