package dev.explainer.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the clause around a phrase speaks of the past or the future: the verb nearest to the
 * phrase decides ("said on Monday it will" is past: "said" is nearer). News is written in the past,
 * so a clause with no tense word is taken as past, less surely.
 */
final class Tense {
    enum Kind { PAST, FUTURE, UNKNOWN }

    private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");
    /** How far a tense word may be from the phrase, in words. */
    private static final int REACH = 14;
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "’ll", "due", "expected",
            "scheduled", "plans", "planned", "plan", "next", "upcoming", "tomorrow", "intends", "aims", "starting",
            "begins", "opens", "meets", "ahead", "could", "might", "forthcoming", "soon");
    private static final Set<String> PAST = Set.of("said", "was", "were", "had", "did", "told", "met", "rose", "fell",
            "gave", "took", "made", "left", "began", "came", "went", "saw", "won", "lost", "sold", "bought", "paid",
            "held", "set", "cut", "hit", "ago", "last", "since", "earlier", "yesterday", "been", "became", "brought",
            "kept", "led", "ran", "spent", "stood", "struck", "wrote", "spoke", "broke", "chose", "drew", "grew",
            "knew", "shot", "sent", "put", "quit", "fought", "found", "heard", "got");
    /** Words that end a clause: a tense word beyond them is another clause's. */
    private static final Set<String> BOUNDARY = Set.of("that", "and", "but", "because", "while", "when", "which", "who");

    private Tense() {
    }

    /** The tense of the clause holding text[start, end). */
    static Kind around(String text, int start, int end) {
        Kind before = scanBack(text, start);
        return before != Kind.UNKNOWN ? before : scanForward(text, end);
    }

    /** The nearest tense word before the phrase, back to the clause's punctuation and at most REACH words away. */
    private static Kind scanBack(String text, int start) {
        Matcher m = WORD.matcher(text).region(clauseStart(text, start), start);
        Kind[] kinds = new Kind[REACH];
        int words = 0;
        String previous = "";
        while (m.find()) {
            String w = lower(m.group());
            // "will be presented", "would be extended": a participle after "be" has no tense of its own
            kinds[words++ % REACH] = (previous.equals("be") || previous.equals("being")) ? Kind.UNKNOWN : kindOf(w);
            previous = w;
        }
        for (int k = 1; k <= Math.min(words, REACH); k++) {
            Kind kind = kinds[(words - k) % REACH];
            if (kind != Kind.UNKNOWN) {
                return kind;
            }
        }
        return Kind.UNKNOWN;
    }

    private static Kind scanForward(String text, int end) {
        Matcher m = WORD.matcher(text).region(end, text.length());
        // "On Friday, Obama said": the comma after an opening phrase does not end its clause
        int from = text.startsWith(",", end) ? end + 1 : end;
        for (int words = 0; words < REACH / 2 && m.find(); words++) {
            String w = lower(m.group());
            if (BOUNDARY.contains(w) || hasBoundary(text, from, m.start())) {
                return Kind.UNKNOWN;
            }
            Kind kind = kindOf(w);
            if (kind != Kind.UNKNOWN) {
                return kind;
            }
        }
        return Kind.UNKNOWN;
    }

    private static int clauseStart(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == ':' || c == '“' || c == '”' || c == '(' || c == ')') {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean hasBoundary(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '.' || c == '“' || c == '”') {
                return true;
            }
        }
        return false;
    }

    private static Kind kindOf(String word) {
        String w = lower(word);
        if (FUTURE.contains(w)) {
            return Kind.FUTURE;
        }
        if (PAST.contains(w) || (w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed"))) {
            return Kind.PAST;
        }
        return Kind.UNKNOWN;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
