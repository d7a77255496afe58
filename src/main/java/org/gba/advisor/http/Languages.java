package org.gba.advisor.http;

import java.util.List;
import java.util.Locale;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Violation;
import org.springframework.http.HttpStatus;

/**
 * Picks the response language: {@code ?lang=} when given (and then it must be zh or en), otherwise the
 * first supported language of {@code Accept-Language}, otherwise Chinese.
 */
public final class Languages {
    private Languages() {
    }

    public static Lang resolve(String lang, String acceptLanguage) {
        if (lang != null) {
            return Lang.fromTag(lang).orElseThrow(() -> new UnsupportedLanguageException(lang));
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (range.getWeight() > 0) {
                        var match = Lang.fromTag(range.getRange());
                        if (match.isPresent()) {
                            return match.get();
                        }
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A malformed Accept-Language is a preference we cannot read, not an error: use the default.
                return Lang.DEFAULT;
            }
        }
        return Lang.DEFAULT;
    }

    /** {@code ?lang=} named a language the advisor does not speak: a 400 {@code unsupported-language}. */
    public static class UnsupportedLanguageException extends ProblemException {
        private final String lang;

        public UnsupportedLanguageException(String lang) {
            super(HttpStatus.BAD_REQUEST, ProblemTypes.UNSUPPORTED_LANGUAGE, "Unsupported language",
                    "The advisor answers in zh or en, not '" + lang + "'.");
            this.lang = lang;
            errors(List.of(new Violation("?lang", "must be zh or en")));
        }

        public String lang() {
            return lang;
        }
    }
}
