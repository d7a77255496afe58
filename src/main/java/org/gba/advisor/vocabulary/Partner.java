package org.gba.advisor.vocabulary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An organisation an asset works with; its jurisdiction tells whether the tie crosses the HK/Macao boundary. */
public record Partner(
        @NotBlank @Size(max = 200) String name,
        @NotNull Jurisdiction jurisdiction,
        PartnerKind kind) {
}
