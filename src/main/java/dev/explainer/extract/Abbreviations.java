package dev.explainer.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Words written with a dot that does not end a sentence: "Mr.", "Corp.", "Jan.", and every one-word
 * title the gazetteer writes with a dot ("Coun. Hope MacDougall", "Det. Insp."). Held without the dot.
 */
record Abbreviations(Set<String> words) {
    private static final Set<String> COMMON = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Maj",
            "Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "No", "vs", "Prof", "Rev", "Adm", "Cmdr", "Mt",
            "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Messrs", "Mme");

    Abbreviations {
        words = Set.copyOf(words);
    }

    /** The common ones alone, for reading text without a gazetteer at hand. */
    static Abbreviations common() {
        return new Abbreviations(COMMON);
    }

    static Abbreviations of(Gazetteer gazetteer) {
        Set<String> all = new HashSet<>(COMMON);
        all.addAll(gazetteer.dottedTitles());
        return new Abbreviations(all);
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    /** Whether the '.' at {@code dot} closes an abbreviation or an initial ("F.", "U.S.") rather than a sentence. */
    boolean at(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        boolean dotted = start > 0 && text.charAt(start - 1) == '.' && word.length() == 1;
        return initial || dotted || words.contains(word);
    }
}
