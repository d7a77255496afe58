package org.gba.advisor.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The facts about one city, SAR or cooperation platform. Indicators, assets and constraints each belong
 * to one of the ecosystem elements E1–E4 through their catalog type, so the profile stays flat to write.
 */
@Schema(description = "Facts about a Bay Area city, SAR or cooperation platform, evaluated by the rules.")
public record Profile(
        @Schema(description = "Lower-case slug", example = "dongguan")
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String id,
        @NotNull @Valid LocalizedName name,
        @NotNull PlaceKind kind,
        @NotNull Jurisdiction jurisdiction,
        @Schema(description = "Id of the city a platform belongs to", example = "zhuhai")
        @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String parent,
        @Schema(description = "The year the profile describes", example = "2022")
        @NotNull @Min(1980) @Max(2100) Integer year,
        @Schema(description = "Catalog field codes the place is designated to specialise in (platforms, §5.3)")
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String> specialties,
        @Schema(description = "Source of the specialties")
        @Size(max = 400) String specialtiesSource,
        @Size(max = 100) List<@NotNull @Valid Figure> indicators,
        @Size(max = 200) List<@NotNull @Valid ProfileAsset> assets,
        @Size(max = 50) List<@NotNull @Valid ProfileConstraint> constraints,
        @Size(max = 1000) String note) {

    /** The same profile with {@code figure} as its indicator of that code: replaced where known, else added. */
    public Profile withIndicator(Figure figure) {
        List<Figure> changed = new java.util.ArrayList<>();
        indicatorsOrEmpty().stream().filter(f -> !f.code().equals(figure.code())).forEach(changed::add);
        changed.add(figure);
        return new Profile(id, name, kind, jurisdiction, parent, year, specialties, specialtiesSource, changed,
                assets, constraints, note);
    }

    /** The same profile as part of another place ({@code null}: of none). */
    public Profile withParent(String newParent) {
        return new Profile(id, name, kind, jurisdiction, newParent, year, specialties, specialtiesSource, indicators,
                assets, constraints, note);
    }

    public List<String> specialtiesOrEmpty() {
        return specialties == null ? List.of() : specialties;
    }

    public List<Figure> indicatorsOrEmpty() {
        return indicators == null ? List.of() : indicators;
    }

    public List<ProfileAsset> assetsOrEmpty() {
        return assets == null ? List.of() : assets;
    }

    public List<ProfileConstraint> constraintsOrEmpty() {
        return constraints == null ? List.of() : constraints;
    }
}
