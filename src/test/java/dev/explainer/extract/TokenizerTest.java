package dev.explainer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The tokenizer scans by hand what this regex describes, and must find the same words. */
class TokenizerTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-.&/][\\p{L}\\p{N}]+)*");
    private static final String[] PIECES = {
        "U.S.", "al-Maliki", "O'Brien", "Iraq’s", "AT&T", "Mr.", "Corp", ". ", "..", "-", "--", "'", "’", "&",
        "1.5", "A/S", "F. ", "²", "Ⅻ", "é", "e\u0301", "日本", "😀", "\uD835\uDC00", "\uD800", "\uDC00", " ", "\u00a0", "\n", "s"};

    @Test
    void findsTheWordsOfTheRegex() {
        Tokenizer tokenizer = new Tokenizer(Abbreviations.common());
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertEquals(expected(text, from, to), tokenizer.tokens(text, from, to), text);
        }
    }

    @Test
    void keepsAbbreviationsAndCutsPossessives() {
        String text = "Mr. Smith of the U.S. met Iraq’s al-Maliki.";
        assertEquals(expected(text, 0, text.length()), new Tokenizer(Abbreviations.common()).tokens(text, 0, text.length()));
        assertEquals("Mr.", new Tokenizer(Abbreviations.common()).tokens(text, 0, text.length()).get(0).text());
    }

    /** The tokenizer as it was written with the regex. */
    private static List<Token> expected(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
            if (end < to && text.charAt(end) == '.' && (initial || word.contains(".") || List.of("Mr", "Mrs", "Ms", "Dr", "Co",
                    "Inc", "Corp", "Ltd", "Sen", "Gen", "Gov", "St", "Jr", "Rep").contains(word))) {
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
}
