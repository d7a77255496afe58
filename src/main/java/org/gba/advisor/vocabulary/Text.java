package org.gba.advisor.vocabulary;

/** A catalog text in Simplified Chinese and English. */
public record Text(String zh, String en) {

    public String in(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }

    public boolean complete() {
        return zh != null && !zh.isBlank() && en != null && !en.isBlank();
    }
}
