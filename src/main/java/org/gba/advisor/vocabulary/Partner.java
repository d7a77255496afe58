package org.gba.advisor.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An organisation an asset works with; its jurisdiction tells whether the tie crosses the HK/Macao boundary. */
public record Partner(
        @Schema(description = "The partner's official name in both languages") @NotNull @Valid LocalizedName name,
        @NotNull Jurisdiction jurisdiction,
        PartnerKind kind) {
}
