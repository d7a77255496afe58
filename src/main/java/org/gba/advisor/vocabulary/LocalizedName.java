package org.gba.advisor.vocabulary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A name in Simplified Chinese and English. */
public record LocalizedName(@NotBlank @Size(max = 200) String zh, @NotBlank @Size(max = 200) String en) {

    public String in(String lang) {
        return "en".equals(lang) ? en : zh;
    }
}
