package org.gba.advisor.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A policy instrument already in force in the place (e.g. a biological-materials whitelist pilot), so that the
 * action it carries out is advised as "extend and evaluate" rather than started anew.
 */
@Schema(description = "A policy instrument in force. code is a catalog instrument code (GET /api/v1/catalog).")
public record InstrumentInForce(
        @Schema(example = "biomaterials-whitelist-pilot")
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code,
        @Schema(description = "Its own name, where it has one", example = "Pilot whitelist for imported biomedical R&D materials")
        @Size(max = 300) String name,
        @Schema(description = "The year it came into force", example = "2023")
        @Min(1980) @Max(2100) Integer since,
        @NotBlank @Size(max = 400) String source,
        @Size(max = 400) String note) {
}
