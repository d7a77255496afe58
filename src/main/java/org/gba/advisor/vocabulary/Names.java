package org.gba.advisor.vocabulary;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of places' assets and partners, found by their English form. Evidence is language-free and
 * carries a name by its English form (it is computed once and written in either language); a writer turns
 * it back into the answer's language here, so a Chinese text never carries an English name the profile gave
 * in Chinese too.
 */
public final class Names {
    private static final Pattern ASSET_PATH = Pattern.compile("^/(assets|reach)/(\\d+)(/.*)?$");
    /** How a fact label says where a neighbour's asset stands (engine.facts.Asset#ref), in English. */
    private static final Pattern WHERE = Pattern.compile(" — within reach, of (.+?)(?:, ([0-9.]+) km away)?$");

    private final Map<String, LocalizedName> byEnglish;

    private Names(Map<String, LocalizedName> byEnglish) {
        this.byEnglish = byEnglish;
    }

    /**
     * The names of every asset and partner of the profiles, their assets within reach included; the first one given
     * wins where two share an English form.
     */
    public static Names of(Collection<Profile> profiles) {
        Map<String, LocalizedName> out = new HashMap<>();
        for (Profile p : profiles) {
            List<ProfileAsset> assets = new java.util.ArrayList<>(p.assetsOrEmpty());
            p.reachOrEmpty().stream().filter(r -> r.resolved() != null).forEach(r -> assets.add(r.resolved().asset()));
            for (ProfileAsset a : assets) {
                put(out, a.name());
                a.partnersOrEmpty().forEach(partner -> put(out, partner.name()));
            }
        }
        return new Names(out);
    }

    public static Names of(Profile profile) {
        return of(List.of(profile));
    }

    private static void put(Map<String, LocalizedName> out, LocalizedName name) {
        if (name != null && name.en() != null) {
            out.putIfAbsent(name.en(), name);
        }
    }

    /** The name in {@code lang} of the asset or partner named {@code english}; a code or unknown name as it is. */
    public String in(String english, Lang lang) {
        LocalizedName n = byEnglish.get(english);
        return n == null ? english : n.in(lang);
    }

    /**
     * A fact's label in {@code lang}: where the fact is an asset of {@code profile} (or one of its figures), or an
     * asset within its reach, the asset's English name in the label is replaced by its name in that language.
     */
    public static String label(Profile profile, String path, String label, Lang lang) {
        if (lang == Lang.EN || profile == null || path == null || label == null) {
            return label;
        }
        Matcher m = ASSET_PATH.matcher(path);
        if (!m.matches()) {
            return label;
        }
        int index = Integer.parseInt(m.group(2));
        if (m.group(1).equals("assets") && index < profile.assetsOrEmpty().size()) {
            return in(label, profile.assetsOrEmpty().get(index).name(), lang);
        }
        if (m.group(1).equals("reach") && index < profile.reachOrEmpty().size()
                && profile.reachOrEmpty().get(index).resolved() != null) {
            AssetInReach.Resolved r = profile.reachOrEmpty().get(index).resolved();
            return where(in(in(label, r.asset().name(), lang), r.placeName(), lang));
        }
        return label;
    }

    /** The Chinese form of a label's "— within reach, of {place}, {n} km away". */
    private static String where(String label) {
        Matcher m = WHERE.matcher(label);
        if (!m.find()) {
            return label;
        }
        String distance = m.group(2) == null ? "" : "，距离 " + m.group(2) + " 公里";
        return label.substring(0, m.start()) + "（" + m.group(1) + "的邻近载体" + distance + "）";
    }

    private static String in(String label, LocalizedName name, Lang lang) {
        return name == null ? label : label.replace(name.en(), name.in(lang));
    }
}
