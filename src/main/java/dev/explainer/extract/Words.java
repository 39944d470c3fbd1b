package dev.explainer.extract;

import java.util.Map;
import java.util.Set;

/** Closed word classes the rules test against. */
final class Words {
    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "told", "added", "adds", "stated", "warned", "explained", "insisted", "argued",
            "noted", "declared", "announced", "asked", "replied", "wrote", "tweeted", "continued", "claimed",
            "urged", "acknowledged", "admitted", "conceded", "stressed", "recalled", "predicted", "cautioned",
            "countered", "remarked", "observed", "responded", "complained", "tells", "agreed", "confirmed", "repeated", "reiterated");

    /** Lowercase name particles that sit between a given name and a surname. */
    static final Set<String> PARTICLES = Set.of(
            "al", "el", "mac", "ó", "ní", "nic", "bin", "ibn", "bint", "abu", "van", "von", "de", "der", "den", "da", "di", "du",
            "del", "della", "dos", "das", "la", "le", "ter", "ten", "zu");

    /** Lowercase words allowed inside an organisation name or title ("Secretary of State"). */
    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "&", "de", "du", "des");

    /** Wire copy abbreviates titles; a role reads the same however the article spelled it. */
    private static final Map<String, String> TITLE_ABBREVIATIONS = Map.of(
            "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Gen.", "General",
            "Lt.", "Lieutenant", "Col.", "Colonel", "Sgt.", "Sergeant", "Supt.", "Superintendent");

    private Words() {
    }

    /** "al-Maliki", "bin-Talal": a lowercase particle glued to a capitalised name. */
    static boolean isParticlePrefixed(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length()
                && PARTICLES.contains(word.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT))
                && Character.isUpperCase(word.charAt(hyphen + 1));
    }

    static String expandAbbreviations(String role) {
        if (role.indexOf('.') < 0) {
            return role;
        }
        StringBuilder sb = new StringBuilder();
        for (String word : role.split(" ")) {
            sb.append(sb.length() == 0 ? "" : " ").append(TITLE_ABBREVIATIONS.getOrDefault(word, word));
        }
        return sb.toString();
    }

    /** Strips a glued particle: "al-Maliki" becomes "Maliki". */
    static String withoutParticle(String word) {
        return isParticlePrefixed(word) ? word.substring(word.indexOf('-') + 1) : word;
    }

    /** "Jr.", "III": part of a name, written in capitals or with a dot. */
    static boolean isNameSuffix(String word) {
        return word.equals("Jr.") || word.equals("Jr") || word.equals("Sr.") || word.equals("Sr")
                || word.equals("II") || word.equals("III") || word.equals("IV");
    }

    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && word.length() <= 8;
    }
}
