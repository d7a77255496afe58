package org.gba.advisor.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One measured figure: an indicator of a place or a figure of one of its assets. Every figure carries
 * its unit, year and source; an unknown figure is left out, never written as zero.
 */
@Schema(description = "A measured figure with its unit, year and source. Unknown figures are omitted, never zero.")
public record Figure(
        @Schema(description = "Catalog code of the figure, e.g. gerd-gdp (GII 2.3.2)", example = "gerd-gdp")
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code,
        @Schema(example = "4.0") @NotNull Double value,
        @Schema(example = "%") @NotBlank @Size(max = 40) String unit,
        @Schema(example = "2022") @NotNull @Min(1980) @Max(2100) Integer year,
        @Schema(description = "Where the figure comes from", example = "Dongguan Statistics Bureau, 2022 statistical communiqué")
        @NotBlank @Size(max = 400) String source,
        @Size(max = 400) String note) {
}
