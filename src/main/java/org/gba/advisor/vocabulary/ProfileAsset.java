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

/** A typed innovation asset of a place: a facility, a lab, a campus, a cluster, a firm, an incubator … */
@Schema(description = "A typed innovation asset. Fields are catalog field codes; figures carry unit, year and source.")
public record ProfileAsset(
        @NotNull AssetType type,
        @Schema(description = "The asset's official name in both languages")
        @NotNull @Valid LocalizedName name,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String> fields,
        @Size(max = 50) List<@NotNull @Valid Partner> partners,
        Subject lead,
        SupplyChain supplyChain,
        AssetOrigin origin,
        AssetStatus status,
        @Min(1900) @Max(2100) Integer since,
        @Size(max = 50) List<@NotNull @Valid Figure> figures,
        @NotBlank @Size(max = 400) String source,
        @Size(max = 400) String note) {

    /** Whether a partner of the asset sits across the HK/Macao boundary from {@code home}. */
    public boolean crossBorderFrom(Jurisdiction home) {
        return partnersOrEmpty().stream().anyMatch(p -> p != null && p.jurisdiction() != null
                && p.jurisdiction().acrossBoundaryFrom(home));
    }

    /** The first university partner across the boundary from {@code home}: the tie of §3.2.3 and §5.2. */
    public java.util.Optional<Partner> universityPartnerAcross(Jurisdiction home) {
        return partnersOrEmpty().stream().filter(p -> p != null && p.kind() == PartnerKind.UNIVERSITY
                && p.jurisdiction() != null && p.jurisdiction().acrossBoundaryFrom(home)).findFirst();
    }

    /** The same asset with other figures. */
    public ProfileAsset withFigures(List<Figure> newFigures) {
        return new ProfileAsset(type, name, fields, partners, lead, supplyChain, origin, status, since, newFigures,
                source, note);
    }

    public List<String> fieldsOrEmpty() {
        return fields == null ? List.of() : fields;
    }

    public List<Partner> partnersOrEmpty() {
        return partners == null ? List.of() : partners;
    }

    public List<Figure> figuresOrEmpty() {
        return figures == null ? List.of() : figures;
    }
}
