package org.gba.advisor.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's header check without a regular expression refuses and allows exactly what Spring's default
 * (a regular expression) does: every code point alone, in the middle of ASCII text, lone and paired surrogates.
 */
class HeaderCharactersTest {
    @Test
    void decidesAsStrictHttpFirewallsDefaultOnEveryCodePoint() {
        compare(HeaderCharacters::name, StrictHttpFirewall.ALLOWED_HEADER_NAMES);
        compare(HeaderCharacters::value, StrictHttpFirewall.ALLOWED_HEADER_VALUES);
    }

    private static void compare(Predicate<String> ours, Predicate<String> springs) {
        int refused = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String alone = new String(Character.toChars(cp));
            for (String text : new String[] {alone, "gba_" + alone + "x"}) {
                boolean expected = springs.test(text);
                assertThat(ours.test(text)).as("U+%04X in %s", cp, text.length()).isEqualTo(expected);
                refused += expected ? 0 : 1;
            }
        }
        List<String> odd = new ArrayList<>(List.of("", "\t", "a\tb", "a|b", "\uD83D", "\uDE00", "x\uDE00\uD83D",
                "\uD83D\uDE00", "Bearer gba_abc", "text/html; q=0.9", "\u0085", "\u00A0", "\u200B", "\uFFFF"));
        for (String text : odd) {
            assertThat(ours.test(text)).as("%s", text).isEqualTo(springs.test(text));
        }
        assertThat(refused).as("refused").isGreaterThan(2 * 65);
    }
}
