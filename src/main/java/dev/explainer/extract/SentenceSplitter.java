package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a paragraph into sentences at . ! ? followed by a capital, without breaking at "Mr." or "U.S.". */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Maj",
            "Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "No", "vs", "Prof", "Rev", "Adm", "Cmdr", "Mt",
            "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Messrs", "Mme");

    List<Sentence> split(int paragraph, String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        int n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && !isAbbreviation(text, i)) {
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

    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        // "U.S." and "U.N.": a letter preceded by another dot
        boolean dotted = wordStart > 0 && text.charAt(wordStart - 1) == '.' && word.length() == 1;
        return initial || dotted || ABBREVIATIONS.contains(word);
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
