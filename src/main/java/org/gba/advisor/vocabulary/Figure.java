package org.gba.advisor.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
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
        @Size(max = 400) String note,
        @Schema(description = "The figure as it was given, where the service converted it to the catalog's unit "
                + "(e.g. 1.2 billion yuan kept beside 12 × 100 million yuan)")
        @Valid Original original) {

    public Figure(String code, Double value, String unit, Integer year, String source, String note) {
        this(code, value, unit, year, source, note, null);
    }

    /** What was given before conversion, and how it was converted (the factor and, for a currency, the rate). */
    @Schema(name = "FigureOriginal", description = "A figure as given before conversion to the catalog's unit")
    public record Original(@Schema(example = "1.2") @NotNull Double value,
                           @Schema(example = "billion yuan") @NotBlank @Size(max = 40) String unit,
                           @Schema(description = "How it was converted", example = "× 10 (1 billion yuan = 10 × 100 million yuan)")
                           @Size(max = 400) String conversion) {
    }

    /** This figure with another value and unit, and what it was. */
    public Figure converted(double newValue, String newUnit, String conversion) {
        return new Figure(code, newValue, newUnit, year, source, note, new Original(value, unit, conversion));
    }
}
