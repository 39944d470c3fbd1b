package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Acronym definitions by Schwartz and Hearst (2003), "A simple algorithm for identifying
 * abbreviation definitions in biomedical text": a short form in parentheses after its long form,
 * or a long form in parentheses after its short form; the long form is the shortest run of
 * preceding words whose letters, read right to left, contain the short form's characters in
 * order, the first of them starting a word.
 */
final class AcronymFinder {
    /** A short form in parentheses beside words whose initials spell it. */
    static final double CONFIDENCE = 0.95;

    List<Acronym> find(int paragraph, String text) {
        List<Acronym> found = new ArrayList<>();
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
            Acronym acronym = null;
            if (shortCandidate.split("\\s+").length <= 2 && isShortForm(shortCandidate)) {
                acronym = longFormBefore(paragraph, text, open, shortCandidate);
            } else if (inside.split("\\s+").length > 2) {
                acronym = shortFormBefore(paragraph, text, open, close, inside);
            }
            if (acronym != null) {
                found.add(acronym);
            }
            open = text.indexOf('(', close + 1);
        }
        return found;
    }

    /** "Islamic State of Iraq and Syria (ISIS)". */
    private static Acronym longFormBefore(int paragraph, String text, int open, String shortForm) {
        int maxWords = Math.min(shortForm.length() + 5, shortForm.length() * 2);
        int windowStart = open;
        int words = 0;
        int i = open - 1;
        while (i >= 0 && words < maxWords) {
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            if (i < 0 || ".;:!?(".indexOf(text.charAt(i)) >= 0 && i < open - 1) {
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
                ? new Acronym(shortForm, longForm, paragraph, longStart, longStart + longForm.length()) : null;
    }

    /** "ISIS (Islamic State of Iraq and Syria)". */
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
        if (!isShortForm(shortForm)) {
            return null;
        }
        String longForm = bestLongForm(shortForm, inside);
        return longForm != null && longForm.equals(inside) && valid(shortForm, longForm)
                ? new Acronym(shortForm, longForm, paragraph, open + 1, close) : null;
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

    /** Short forms: 2 to 10 characters, starting with a letter or digit, with a capital letter. */
    private static boolean isShortForm(String candidate) {
        if (candidate.length() < 2 || candidate.length() > 10 || !Character.isLetterOrDigit(candidate.charAt(0))) {
            return false;
        }
        return candidate.chars().anyMatch(Character::isUpperCase);
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
