package org.gba.advisor.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A name in Simplified Chinese and English, so that a text in one language never carries a name in the other.
 * A plain JSON string is read as the same name in both languages: the form profiles were stored in before
 * names had two languages, kept readable so that no stored version is lost.
 */
@Schema(description = "A name in Simplified Chinese (zh) and English (en). A plain string is read as the same "
        + "name in both languages (the older form); give both where the names differ.")
public record LocalizedName(@NotBlank @Size(max = 200) String zh, @NotBlank @Size(max = 200) String en) {

    @JsonCreator
    public LocalizedName(@JsonProperty("zh") String zh, @JsonProperty("en") String en) {
        this.zh = zh;
        this.en = en;
    }

    /** A name spelt the same in both languages (a brand such as TCL), or an older single-language name. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LocalizedName of(String both) {
        return new LocalizedName(both, both);
    }

    public String in(String lang) {
        return "en".equals(lang) ? en : zh;
    }

    public String in(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }
}
