package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits a paragraph into sentences at . ! ? followed by a capital, without breaking at "Mr.", "U.S." or "Coun.". */
final class SentenceSplitter {
    private final Abbreviations abbreviations;

    SentenceSplitter(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Sentence> split(int paragraph, String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        int n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && !abbreviations.at(text, i)) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                int next = skipSpace(text, end);
                if (next > end && next < n && opensSentence(text.charAt(next))) {
                    sentences.add(new Sentence(paragraph, start, end, text.substring(start, end)));
                    start = next;
                    i = next - 1;
                }
            }
        }
        int end = n;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(paragraph, start, end, text.substring(start, end)));
        }
        return sentences;
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '(' || c == '‘';
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
