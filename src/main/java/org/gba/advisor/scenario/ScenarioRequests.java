package org.gba.advisor.scenario;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gba.advisor.vocabulary.JsonPatchOperation;
import org.gba.advisor.vocabulary.Profile;
import tools.jackson.databind.JsonNode;

/** The request bodies of the what-if endpoints. */
public final class ScenarioRequests {
    private ScenarioRequests() {
    }

    /** A base profile (inline, or the id of a built-in one) and the scenarios to compare with it. */
    @Schema(name = "CompareRequest", description = "A base profile and the scenarios to compare with it. Give exactly one of "
            + "base (inline) and baseId (built-in).")
    public record Compare(Profile base,
                          @Schema(description = "Id of a built-in profile", example = "zhongshan") String baseId,
                          @NotEmpty @Size(max = 20) List<@NotNull @Valid Scenario> scenarios) {
    }

    /**
     * One named scenario: a JSON Patch (RFC 6902, an array of operations) or a JSON Merge Patch (RFC 7396)
     * applied to the base profile.
     */
    @Schema(description = "A named change to the base profile. Give exactly one of patch (RFC 6902) and mergePatch (RFC 7396).")
    public record Scenario(@Schema(example = "barrier lifted") @NotBlank @Size(max = 100) String name,
                           @ArraySchema(arraySchema = @Schema(description = "RFC 6902 JSON Patch: operations applied "
                                   + "in order to the base profile"),
                                   schema = @Schema(implementation = JsonPatchOperation.class))
                           JsonNode patch,
                           @Schema(type = "object", description = "RFC 7396 JSON Merge Patch: merged into the base "
                                   + "profile; a null removes a field", example = "{\"year\": 2023}",
                                   additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
                           JsonNode mergePatch) {
    }

    /** Vary one indicator (or two, as a grid) over a range in steps. */
    @Schema(name = "SweepRequest", description = "A base profile (give exactly one of base and baseId) and the indicator to "
            + "vary, or two as a grid (second); at most " + ScenarioService.MAX_POINTS + " points in all.")
    public record Sweep(Profile base,
                        @Schema(description = "Id of a built-in profile", example = "dongguan") String baseId,
                        @NotNull @Valid Axis axis, @Valid Axis second) {
    }

    /** One swept indicator: values from {@code from} to {@code to} in {@code steps} equal steps (both ends included). */
    @Schema(name = "SweepAxis", description = "An indicator swept from `from` to `to` in `steps` equal steps, both ends included")
    public record Axis(@Schema(description = "Catalog code of the indicator", example = "gerd-gdp") @NotBlank String indicator,
                       @Schema(example = "0") @NotNull Double from,
                       @Schema(example = "6") @NotNull Double to,
                       @Schema(example = "61") @NotNull @Min(2) @Max(ScenarioService.MAX_POINTS) Integer steps) {
    }
}
