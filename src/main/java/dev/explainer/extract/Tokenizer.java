package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, keeping "al-Maliki", "O'Brien" and "U.S." whole and cutting off a possessive 's.
 * A word is what {@code [\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*} matches; a plain scan finds the same
 * words several times faster than the regex, and the tokenizer runs on every sentence.
 */
final class Tokenizer {
    private final Abbreviations abbreviations;

    Tokenizer(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (wordCharAt(text, i, to) == 0) {
                i++;
                continue;
            }
            int start = i;
            int end = skipWordChars(text, i, to);
            while (end + 1 < to && isJoiner(text.charAt(end)) && wordCharAt(text, end + 1, to) > 0) {
                end = skipWordChars(text, end + 1, to);
            }
            i = end;
            String word = text.substring(start, end);
            if (end < to && text.charAt(end) == '.' && (word.contains(".") || abbreviations.contains(word) || isInitial(word))) {
                end++;
                word = word + ".";
            }
            if (word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"))) {
                tokens.add(new Token(word.substring(0, word.length() - 2), start, end - 2));
                tokens.add(new Token(word.substring(word.length() - 2), end - 2, end));
            } else {
                tokens.add(new Token(word, start, end));
            }
        }
        return tokens;
    }

    /** The end of the run of letters and digits from {@code i}. */
    private static int skipWordChars(String text, int i, int to) {
        int end = i;
        for (int size = wordCharAt(text, end, to); size > 0; size = wordCharAt(text, end, to)) {
            end += size;
        }
        return end;
    }

    /** The length of the letter or digit at {@code i}, or 0 when none ends by {@code to}. */
    private static int wordCharAt(String text, int i, int to) {
        if (i >= to) {
            return 0;
        }
        char c = text.charAt(i);
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? 1 : 0;
        }
        int cp = text.codePointAt(i);
        int size = Character.charCount(cp);
        return i + size <= to && isWordChar(cp) ? size : 0;
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number of any script. */
    private static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-' || c == '.' || c == '&' || c == '/';
    }

    /** "F." in "F. Wilhelm Christians": a capital letter alone before a dot is an initial. */
    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }
}
