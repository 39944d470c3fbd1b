package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words, keeping "al-Maliki", "O'Brien" and "U.S." whole and cutting off a possessive 's. */
final class Tokenizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-.&][\\p{L}\\p{N}]+)*");

    List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            if (end < to && text.charAt(end) == '.' && isAbbreviation(word)) {
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

    private static boolean isAbbreviation(String word) {
        return word.contains(".") || word.equals("Mr") || word.equals("Mrs") || word.equals("Ms")
                || word.equals("Dr") || word.equals("Co") || word.equals("Inc") || word.equals("Corp")
                || word.equals("Ltd") || word.equals("Sen") || word.equals("Gen") || word.equals("Gov")
                || word.equals("St") || word.equals("Jr") || word.equals("Rep");
    }
}
