package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short forms the text defines: in parentheses after the long form or before it ("Islamic State
 * of Iraq and Syria (ISIS)", "the CGT (General Confederation of Labour)"), set off by commas
 * ("the Financial Conduct Authority, FCA,", "the Directorate of Criminal Investigations, or DCI,")
 * or standing right after it ("the official Saudi Press Agency SPA"). The long form is the run of
 * words whose initials spell the short form, connectors free to count or not ("barrels per day
 * (bpd)"); failing that, in parentheses only, the shortest run whose letters contain it in order
 * (Schwartz and Hearst, 2003, "A simple algorithm for identifying abbreviation definitions in
 * biomedical text").
 */
final class AcronymFinder {
    /** A short form whose long form's initials spell it. */
    static final double CONFIDENCE = 0.95;
    /** A short form each word of the long form gives the first letters of. */
    static final double BY_PREFIXES = 0.9;
    /** A long form found only by letters inside its words, or a capitalised name in parentheses after a short form:
     * right three times in four on the tuning part, so held back for the editor. */
    static final double LOOSE = 0.75;

    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "&", "de", "du", "des", "la", "le",
            "on", "in", "to", "per", "at", "del", "der", "und", "et", "a");
    /** "the Financial Conduct Authority, FCA," and ", or DCI,": a capitalised short form set off by commas. */
    private static final Pattern APPOSED = Pattern.compile(", (?:or )?(\\p{Lu}[\\p{Lu}\\d&-]{1,9})(?=[,.;)]|$| said| says)");
    /** "Saudi Press Agency SPA": a short form in capitals right after the words it abbreviates. */
    private static final Pattern DIRECT = Pattern.compile(" (\\p{Lu}{2,8})\\b(?![-’'])");

    List<Acronym> find(int paragraph, String text) {
        List<Acronym> found = new ArrayList<>();
        parenthesised(paragraph, text, found);
        Matcher apposed = APPOSED.matcher("");
        for (int at = text.indexOf(", "); at >= 0; at = text.indexOf(", ", at + 1)) {
            if (at + 3 < text.length() && (Character.isUpperCase(text.charAt(at + 2)) || text.charAt(at + 2) == 'o')
                    && apposed.reset(text).region(at, text.length()).lookingAt()) {
                add(found, byInitials(paragraph, text, at, apposed.group(1), true));
            }
        }
        Matcher direct = DIRECT.matcher("");
        for (int at = text.indexOf(' ', 1); at >= 0; at = text.indexOf(' ', at + 1)) {
            if (at + 2 < text.length() && Character.isUpperCase(text.charAt(at + 2)) && Character.isUpperCase(text.charAt(at + 1))
                    && Character.isLetter(text.charAt(at - 1)) && direct.reset(text).region(at, text.length()).lookingAt()) {
                add(found, byInitials(paragraph, text, at, direct.group(1), true));
            }
        }
        return found;
    }

    private static void add(List<Acronym> found, Acronym a) {
        if (a != null && found.stream().noneMatch(f -> f.shortForm().equals(a.shortForm()))) {
            found.add(a);
        }
    }

    private static void parenthesised(int paragraph, String text, List<Acronym> found) {
        int open = text.indexOf('(');
        int close = -1;
        while (open >= 0) {
            if (close <= open) {
                close = text.indexOf(')', open + 1);
            }
            if (close < 0) {
                break;
            }
            int nested = text.indexOf('(', open + 1);
            if (nested >= 0 && nested < close) {
                open = nested;
                continue;
            }
            String inside = text.substring(open + 1, close).strip();
            int cut = indexOfAny(inside, ";,");
            String shortCandidate = cut >= 0 ? inside.substring(0, cut).strip() : inside;
            if (shortCandidate.split("\\s+").length <= 2 && isShortForm(shortCandidate)) {
                Acronym a = byInitials(paragraph, text, open, shortCandidate, false);
                add(found, a != null ? a : longFormBefore(paragraph, text, open, shortCandidate));
            } else if (inside.split("\\s+").length >= 2) {
                add(found, shortFormBefore(paragraph, text, open, close, inside));
            }
            open = text.indexOf('(', close + 1);
        }
    }

    /**
     * The words that end at {@code end} and whose initials spell {@code shortForm}, right to left: a
     * connector ("of", "per") may give its initial or be passed over, any other word must give it.
     * With {@code capitalised}, every word but the connectors must start with a capital.
     */
    static Acronym byInitials(int paragraph, String text, int end, String shortForm, boolean capitalised) {
        if (isTicker(shortForm)) {
            return null;
        }
        String letters = lettersOf(shortForm);
        if (letters.length() < 2 || (!capitalised && !shortForm.equals(shortForm.toUpperCase(Locale.ROOT))
                && letters.length() > 5)) {
            return null;
        }
        List<int[]> words = parts(text, wordsBefore(text, end, letters.length() * 2 + 2));
        int last = words.size() - 1;
        int start = match(text, words, last, letters, letters.length() - 1, capitalised);
        if (start < 0 && last > 0 && LEGAL.contains(text.substring(words.get(last)[0], words.get(last)[1]))) {
            // "International Telecom Japan Inc (ITJ)": the legal suffix may give no letter ("Abu Dhabi National Oil Co" gives one)
            last--;
            start = match(text, words, last, letters, letters.length() - 1, capitalised);
        }
        if (start < 0 && shortForm.endsWith("s") && letters.length() > 2) {
            // "PINs", "bps": a plural's s is no initial
            start = match(text, words, last, letters, letters.length() - 2, capitalised);
        }
        double sure = CONFIDENCE;
        if (start < 0 && shortForm.equals(shortForm.toUpperCase(Locale.ROOT)) && letters.length() >= 3) {
            // "Korea Gas Corp (KOGAS)", "Ministry of Commerce (MOFCOM)": each word gives the start of itself
            start = prefixes(text, words, last, letters, letters.length() - 1);
            sure = BY_PREFIXES;
        }
        if (start < 0) {
            return null;
        }
        int longStart = words.get(start)[0];
        int longEnd = words.get(words.size() - 1)[1];
        String longForm = text.substring(longStart, longEnd);
        // "year-on-year (YoY)": a hyphenated word's parts count as words
        return words.size() - start >= 2 && !longForm.contains(shortForm)
                ? new Acronym(shortForm, longForm, paragraph, longStart, longEnd, sure) : null;
    }

    /** As {@link #match}, with each word giving one or more of its first letters. */
    private static int prefixes(String text, List<int[]> words, int w, String letters, int l) {
        if (l < 0) {
            return w + 1;
        }
        if (w < 0) {
            return -1;
        }
        String lower = lettersOf(text.substring(words.get(w)[0], words.get(w)[1]));
        boolean connector = CONNECTORS.contains(lower);
        for (int take = Math.min(lower.length(), l + 1); take >= 1; take--) {
            if (letters.regionMatches(l - take + 1, lower, 0, take)) {
                int start = prefixes(text, words, w - 1, letters, l - take);
                if (start >= 0 && (l - take + 1 > 0 || !connector)) {
                    return l - take + 1 == 0 ? w : start;
                }
            }
        }
        return connector && l < letters.length() - 1 ? prefixes(text, words, w - 1, letters, l) : -1;
    }

    /** The index of the word the long form starts at, or -1. */
    private static int match(String text, List<int[]> words, int w, String letters, int l, boolean capitalised) {
        if (l < 0) {
            return w + 1;
        }
        if (w < 0) {
            return -1;
        }
        String word = text.substring(words.get(w)[0], words.get(w)[1]);
        String lower = word.toLowerCase(Locale.ROOT);
        boolean connector = CONNECTORS.contains(lower);
        if (!connector && capitalised && !Character.isUpperCase(word.codePointAt(0))) {
            return -1;
        }
        // "the EU" in "China Chamber of Commerce to the EU (CCCEU)": a word in capitals gives all its letters
        String number = lower.chars().allMatch(Character::isDigit) ? lower : NUMBERS.get(lower);
        String whole = number != null ? number : Words.isAcronym(word) ? lettersOf(word) : lower.substring(0, 1);
        int take = whole.length();
        if (take <= l + 1 && letters.regionMatches(l - take + 1, whole, 0, take)) {
            int start = match(text, words, w - 1, letters, l - take, capitalised);
            if (start >= 0 && (l - take + 1 > 0 || !connector)) {
                return l - take + 1 == 0 ? w : start;
            }
        }
        return connector && l < letters.length() - 1 ? match(text, words, w - 1, letters, l, capitalised) : -1;
    }

    /** "Group of Seven (G-7)", "Group of 20 (G-20)": a number gives its digits. */
    private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("twenty", "20"));

    private static final Set<String> LEGAL = Set.of("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "PLC", "Plc",
            "NV", "N.V.", "AG", "SA", "S.A.", "LLC", "LP", "SpA", "GmbH", "Limited");

    /** The words with each hyphenated one in its parts: "low-density lipoprotein (LDL)", "A-League Men (ALM)". */
    private static List<int[]> parts(String text, List<int[]> words) {
        List<int[]> out = new ArrayList<>(words.size());
        for (int[] w : words) {
            int from = w[0];
            for (int i = w[0]; i < w[1]; i++) {
                if (text.charAt(i) == '-' && i > from && i + 1 < w[1]) {
                    out.add(new int[] {from, i});
                    from = i + 1;
                }
            }
            out.add(new int[] {from, w[1]});
        }
        return out;
    }

    /** Up to {@code max} words before {@code end}, in text order, stopping at a sentence's or clause's punctuation. */
    private static List<int[]> wordsBefore(String text, int end, int max) {
        List<int[]> words = new ArrayList<>();
        int i = end;
        while (words.size() < max) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            if (i == 0 || ".;:!?(),“”\"".indexOf(text.charAt(i - 1)) >= 0 && !abbreviationEndsAt(text, i)) {
                break;
            }
            int wordEnd = i;
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                    && (".;:!?(),“”\"".indexOf(text.charAt(i - 1)) < 0 || i == wordEnd && abbreviationEndsAt(text, i))) {
                i--;
            }
            int from = i;
            int to = wordEnd;
            while (from < to && "<>\"'’“”[]".indexOf(text.charAt(from)) >= 0) {
                from++;
            }
            while (to > from && "<>\"'’“”[]".indexOf(text.charAt(to - 1)) >= 0) {
                to--;
            }
            if (from < to) {
                words.add(0, new int[] {from, to});
            }
        }
        return words;
    }

    /** "Pacific Gas and Electric Co. (PG&E)": the dot at {@code end} ends a legal suffix, not a sentence. */
    private static boolean abbreviationEndsAt(String text, int end) {
        if (end == 0 || text.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return LEGAL.contains(text.substring(start, end));
    }

    /** "Islamic State of Iraq and Syria (ISIS)", found by letters inside the words (Schwartz and Hearst). */
    private static Acronym longFormBefore(int paragraph, String text, int open, String shortForm) {
        // letters inside words spell only a short form in capitals: "Total" or "Keidanren" is a name, not an abbreviation
        if (!shortForm.equals(shortForm.toUpperCase(Locale.ROOT)) || isTicker(shortForm)) {
            return null;
        }
        int maxWords = Math.min(shortForm.length() + 5, shortForm.length() * 2);
        int windowStart = open;
        int words = 0;
        int i = open - 1;
        while (i >= 0 && words < maxWords) {
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            if (i < 0 || ".;:!?(,".indexOf(text.charAt(i)) >= 0 && i < open - 1) {
                break;
            }
            while (i >= 0 && !Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            windowStart = i + 1;
            words++;
        }
        String window = text.substring(windowStart, open).strip();
        String longForm = bestLongForm(shortForm, window);
        if (longForm == null) {
            return null;
        }
        longForm = trimPunctuation(longForm);
        int longStart = text.lastIndexOf(longForm, open);
        return valid(shortForm, longForm)
                ? new Acronym(shortForm, longForm, paragraph, longStart, longStart + longForm.length(), LOOSE) : null;
    }

    /**
     * "ISIS (Islamic State of Iraq and Syria)", or a name whose initials do not spell the short form
     * (another language's: "the CGT (General Confederation of Labour)"), when every word but the
     * connectors is capitalised.
     */
    private static Acronym shortFormBefore(int paragraph, String text, int open, int close, String inside) {
        int end = open;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String shortForm = trimPunctuation(text.substring(start, end));
        if (!isShortForm(shortForm) || !shortForm.equals(shortForm.toUpperCase(Locale.ROOT))) {
            return null;
        }
        String longForm = bestLongForm(shortForm, inside);
        if (longForm != null && longForm.equals(inside) && valid(shortForm, longForm)) {
            return new Acronym(shortForm, longForm, paragraph, open + 1, close, CONFIDENCE);
        }
        return isProperName(inside) && valid(shortForm, inside) ? new Acronym(shortForm, inside, paragraph, open + 1, close, LOOSE)
                : null;
    }

    private static boolean isProperName(String words) {
        for (String word : words.split("\\s+")) {
            if (!CONNECTORS.contains(word.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The paper's findBestLongForm: match short-form characters right to left. */
    static String bestLongForm(String shortForm, String longForm) {
        int s = shortForm.length() - 1;
        int l = longForm.length() - 1;
        for (; s >= 0; s--) {
            char c = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while ((l >= 0 && Character.toLowerCase(longForm.charAt(l)) != c)
                    || (s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
        }
        l = longForm.lastIndexOf(' ', l) + 1;
        return longForm.substring(l);
    }

    /** "CAWL.L", "DBKG.F": a stock exchange's code, not a short form of words. */
    private static boolean isTicker(String s) {
        int dot = s.lastIndexOf('.');
        int code = s.length() - dot - 1;
        return dot >= 0 && code >= 1 && code <= 2 && s.chars().skip(dot + 1).allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** The letters and digits of {@code s}, in lower case: "U.S." gives "us". */
    private static String lettersOf(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Short forms: 2 to 10 characters, starting with a letter or digit. */
    private static boolean isShortForm(String candidate) {
        return candidate.length() >= 2 && candidate.length() <= 10 && Character.isLetterOrDigit(candidate.charAt(0))
                && candidate.chars().noneMatch(Character::isWhitespace);
    }

    private static boolean valid(String shortForm, String longForm) {
        int words = longForm.split("\\s+").length;
        boolean sized = words >= 2 && words <= Math.min(shortForm.length() + 5, shortForm.length() * 2);
        boolean selfContaining = (" " + longForm + " ").contains(" " + shortForm + " ");
        return sized && longForm.length() > shortForm.length() && !selfContaining;
    }

    private static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '.') {
            end--;
        }
        return s.substring(start, end);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
