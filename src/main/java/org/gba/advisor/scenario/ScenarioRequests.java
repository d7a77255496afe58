package org.gba.advisor.scenario;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gba.advisor.vocabulary.Profile;
import tools.jackson.databind.JsonNode;

/** The request bodies of the what-if endpoints. */
public final class ScenarioRequests {
    private ScenarioRequests() {
    }

    /** A base profile (inline, or the id of a built-in one) and the scenarios to compare with it. */
    @Schema(description = "Give exactly one of base and baseId.")
    public record Compare(Profile base, String baseId,
                          @NotEmpty @Size(max = 20) List<@NotNull @Valid Scenario> scenarios) {
    }

    /**
     * One named scenario: a JSON Patch (RFC 6902, an array of operations) or a JSON Merge Patch (RFC 7396)
     * applied to the base profile.
     */
    @Schema(description = "Give exactly one of patch (RFC 6902) and mergePatch (RFC 7396).")
    public record Scenario(@NotBlank @Size(max = 100) String name, JsonNode patch, JsonNode mergePatch) {
    }

    /** Vary one indicator (or two, as a grid) over a range in steps. */
    public record Sweep(Profile base, String baseId, @NotNull @Valid Axis axis, @Valid Axis second) {
    }

    /** One swept indicator: values from {@code from} to {@code to} in {@code steps} equal steps (both ends included). */
    public record Axis(@NotBlank String indicator, @NotNull Double from, @NotNull Double to,
                       @NotNull Integer steps) {
    }
}
