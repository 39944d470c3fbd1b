package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the text around a quote, for {@link QuoteAttributor}: where its attribution ends
 * (the sentence end, past "Co." and "U.S."), its words as spans, which of them bring in speech
 * ("said", "according to", "shot back") or stand between a subject and its verb, an unnamed
 * subject ("analysts said"), and a firm that is someone's employer rather than a speaker.
 */
final class QuoteWords {
    /** Words between a subject and its speech verb: "Smith also said", "Wallis was quoted as saying". */
    static final Set<String> AUXILIARIES = Set.of("also", "later", "then", "again", "further", "has", "had",
            "have", "was", "were", "is", "would", "will", "quoted", "as", "repeatedly", "previously",
            "earlier", "yesterday", "today", "recently", "once", "often", "reportedly", "publicly", "privately",
            "separately", "subsequently", "elsewhere", "flatly", "simply");
    /** "the company said", "the ministry said": an organisation named before. */
    static final Set<String> ORGANISATION_NOUNS = Set.of("company", "firm", "bank", "group", "ministry",
            "department", "government", "agency", "union", "council", "board", "commission", "authority", "exchange",
            "party", "corporation", "airline", "carrier", "club", "federation", "association", "organisation",
            "organization", "institute", "regulator", "court", "fund", "office", "utility", "insurer", "lender",
            "maker", "producer", "retailer", "charity", "trust", "committee");
    static final Set<String> DETERMINERS = Set.of("the", "its", "their");
    /** Verbs that bring in someone's words in a quote's own sentence, beyond the speech verbs of names. */
    private static final Set<String> REPORTING = Set.of("saying", "called", "described", "termed", "cited", "vowed",
            "pledged", "promised", "suggested", "estimated", "forecast", "testified", "commented", "wrote", "writes",
            "quipped", "conceded", "lamented", "boasted", "retorted", "snapped", "interjected", "insisted");
    private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");

    private QuoteWords() {
    }

    /**
     * The speaker is unnamed when no one named is the subject but an unnamed person is ("analysts
     * said"), or when the named one only qualifies the unnamed ("a spokesman for Alcan said", "an
     * aide to Lyng said", "a White House official said"); not when a name follows the description
     * as an apposition ("the company's chief economist, John Smith, said").
     */
    static boolean unnamedSubject(String text, int from, int verbStart, ResolvedMention subject) {
        int[] unnamed = AnonymousSpeakers.firstIn(text, from, verbStart);
        if (unnamed == null) {
            return false;
        }
        if (subject == null) {
            return true;
        }
        int start = subject.mention().start();
        // "a spokesman for Alcan", "an aide to Lyng": the name qualifies the unnamed; "the firm's director John Smith" is titled
        return unnamed[0] < start && (unnamed[1] > start
                || text.substring(unnamed[1], start).strip().matches("(?:for|to|at|of|with|from)\\b[^,;]{0,60}"));
    }

    /** "of Prudential Bache Securities", "at Salomon": a firm after a preposition is someone's employer, not a speaker. */
    static boolean employer(String text, int from, int start) {
        List<int[]> before = words(text, from, start);
        if (before.isEmpty()) {
            return false;
        }
        // the preposition may stand before the firm's first capitalised words: "of Prudential Bache Securities"
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - 3; k--) {
            String w = word(text, before.get(k));
            if (w.equals("of") || w.equals("at") || w.equals("with") || w.equals("from") || w.equals("for")) {
                return true;
            }
            if (!Character.isUpperCase(text.charAt(before.get(k)[0]))) {
                return false;
            }
        }
        return false;
    }

    static boolean possessive(String text, int end) {
        return text.startsWith("'s", end) || text.startsWith("’s", end);
    }

    /** "The MLSZ (Hungarian Football Federation) said": only a bracket between a name and its verb, saying who it is. */
    static boolean bracketed(String between) {
        String bare = between.strip();
        return bare.startsWith("(") && bare.endsWith(")") && bare.indexOf(')') == bare.length() - 1;
    }

    static int wordsBetween(String text, int from, int to) {
        return from >= to ? 0 : words(text, from, to).size();
    }

    /** The attribution after a quote ends at the sentence end or the next quote. */
    static int tailEnd(String text, int from, Abbreviations abbreviations) {
        int limit = Math.min(text.length(), from + 400);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '“' || ((c == '.' || c == '!' || c == '?') && i + 1 < limit && text.charAt(i + 1) == ' '
                    && !abbreviations.at(text, i))) {
                return i;
            }
        }
        return limit;
    }

    static List<int[]> words(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        return words;
    }

    static String word(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    /** A speech verb, or "according to", or "saying" in "quoted as saying". */
    static boolean isSpeechVerb(String text, List<int[]> words, int w) {
        String word = word(text, words.get(w));
        if ((word.equals("shot") || word.equals("fired") || word.equals("hit")) && w + 1 < words.size()
                && word(text, words.get(w + 1)).equals("back")) {
            return true; // "MacDougall shot back"
        }
        if (word.equals("according") && w + 1 < words.size() && word(text, words.get(w + 1)).equals("to")) {
            return true;
        }
        return Words.SPEECH_VERBS.contains(word) || REPORTING.contains(word);
    }

    static boolean isConjunction(String word) {
        return word.equals("and") || word.equals("but");
    }

    /** Drops the comma journalists put inside the closing mark of a quote that the sentence continues. */
    static String clean(String text) {
        String stripped = text.strip();
        while (stripped.endsWith(",")) {
            stripped = stripped.substring(0, stripped.length() - 1).stripTrailing();
        }
        return stripped;
    }

    /** "her neighbour,", "the company's spokesman,": a description set off before the name it describes. */
    private static final Pattern DESCRIBED = Pattern.compile("(?:his|her|their|its|the|a|an) (?:[\\p{Ll}’'-]+ ){0,3}[\\p{Ll}’'-]+,");

    /**
     * "said Chief Meteorologist Travis Keel", "said her neighbour, Kerry Hope": only the person's own
     * title, or a description of them, stands between the verb and the name.
     */
    static boolean titled(String text, int verbEnd, ResolvedMention m) {
        String role = m.mention().role();
        String between = text.substring(verbEnd, m.mention().start()).strip();
        return m.kind() == EntityKind.PERSON && (role != null && !role.isBlank() && between.equals(role)
                || DESCRIBED.matcher(between).matches());
    }
}
