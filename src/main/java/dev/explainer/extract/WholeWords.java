package dev.explainer.extract;

/** Finding a name as a whole word: "Iraq" in "Iraq’s", not in "Iraqi". */
public final class WholeWords {
    private WholeWords() {
    }

    /** The first whole-word occurrence of {@code word} in {@code s}, or -1. */
    public static int indexOf(String s, String word) {
        if (word.isEmpty()) {
            return -1;
        }
        for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
            boolean endOk = end == s.length() || !Character.isLetterOrDigit(s.charAt(end));
            if (startOk && endOk) {
                return at;
            }
        }
        return -1;
    }
}
