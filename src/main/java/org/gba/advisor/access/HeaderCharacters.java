package org.gba.advisor.access;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's check of header names and values, as {@link StrictHttpFirewall} makes it by default (every
 * character assigned in Unicode and no control character; a value may hold tabs), without its regular expression:
 * every header a filter read ran two, a matcher allocated for each, a few percent of an echo. ASCII, which almost
 * every header is, is decided by range. {@code HeaderCharactersTest} compares both on every code point.
 */
final class HeaderCharacters {
    private HeaderCharacters() {
    }

    /** The firewall, checking headers this way and everything else as by default. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::name);
        firewall.setAllowedHeaderValues(HeaderCharacters::value);
        return firewall;
    }

    /** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}. */
    static boolean name(String text) {
        return allowed(text, false);
    }

    /** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: a tab, or a '|', is allowed too. */
    static boolean value(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tab) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c < 0x20 ? !(tab && c == '\t') : c == 0x7F) {
                    return false;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
