package org.gba.advisor.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An asset of a neighbouring place that this place can use (a district beside a big facility), named by that
 * place's profile id and the asset's name. It counts for this place at the reach factor of the parameters, and
 * the advice says whose it is.
 */
@Schema(description = "An asset of another stored or built-in profile within reach of this place.")
public record AssetInReach(
        @Schema(description = "Profile id of the place the asset belongs to", example = "dongguan")
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String place,
        @Schema(description = "The asset's English name in that profile", example = "China Spallation Neutron Source")
        @NotBlank @Size(max = 300) String asset,
        @Schema(description = "Distance from the place, where known", example = "10")
        @DecimalMin("0") @DecimalMax("500") Double distanceKm,
        @NotBlank @Size(max = 400) String source,
        @Size(max = 400) String note,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "Filled by the service: the asset as it stands "
                + "in that place's profile when this one is evaluated or stored; anything sent here is replaced")
        Resolved resolved) {

    /** The referenced asset and its place's name, as the service found them. */
    public record Resolved(LocalizedName placeName, ProfileAsset asset) {
    }

    /** This entry with what the service found. */
    public AssetInReach resolvedAs(Resolved found) {
        return new AssetInReach(place, asset, distanceKm, source, note, found);
    }
}
