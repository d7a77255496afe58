package org.gba.advisor.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two languages every text exists in. */
public enum Lang {
    ZH, EN;

    public static final Lang DEFAULT = ZH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a tag such as {@code en}, {@code zh-CN} or {@code zh-Hans}; empty for any other language. */
    public static Optional<Lang> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return Arrays.stream(values()).filter(l -> l.code().equals(primary)).findFirst();
    }
}
