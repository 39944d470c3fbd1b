package dev.explainer.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How the scorer compares names, phrases and quote openings: case, accents, dots and curly quotes aside. */
final class Names {
    private static final Set<String> LEGAL = Set.of("co", "corp", "corporation", "inc", "incorporated", "ltd",
            "limited", "plc", "ag", "sa", "nv", "llc", "lp", "bv", "spa", "se", "&");

    private Names() {
    }

    static String plain(String s) {
        if (s == null) {
            return "";
        }
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace(".", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** "The Dean Foods Co" and "Dean Foods": an organisation's name without article, possessive and legal suffix. */
    static String organisation(String s) {
        List<String> words = new ArrayList<>(Arrays.asList(plain(s).replace(",", "").replaceAll("'s\\b", "").split(" ")));
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        if (words.size() > 2 && (words.get(0).equals("us") || words.get(0).equals("uk"))) {
            words.remove(0); // "U.S. Central Command" is the Central Command
        }
        while (words.size() > 1 && LEGAL.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** The words of a quote's opening, as the annotation's {@code starts} compares them. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : plain(text).replace('“', '"').replace('”', '"').split("\\s+")) {
            String w = t.replaceAll("^[\\p{Punct}]+|[\\p{Punct}]+$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** True when the quote {@code text} opens with the annotated {@code starts}. */
    static boolean opensWith(String text, String starts) {
        List<String> gold = tokens(starts);
        List<String> found = tokens(text);
        return !gold.isEmpty() && found.size() >= gold.size() && found.subList(0, gold.size()).equals(gold);
    }

    /** One phrase is the other, or holds it as whole words ("late Monday", "Wednesday last week"). */
    static boolean samePhrase(String gold, String found) {
        String g = " " + phrase(gold) + " ";
        String f = " " + phrase(found) + " ";
        return g.contains(f) || f.contains(g);
    }

    /** "On Friday's" and "Friday": a date phrase without a leading "on" or a possessive. */
    static String phrase(String s) {
        String p = plain(s).replaceAll("'s$", "");
        return p.startsWith("on ") ? p.substring(3) : p;
    }
}
