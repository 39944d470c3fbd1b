package dev.explainer.extract;

/**
 * Where a quotation stands: it opens in {@code paragraph} just after {@code open} and closes in
 * {@code endParagraph} at {@code close} (the closing mark, or the paragraph end if none).
 */
record QuoteSpan(int paragraph, int open, int endParagraph, int close, String text) {
    boolean isMultiParagraph() {
        return endParagraph > paragraph;
    }

    /** The number of words, as {@code text.strip().split("\\s+")} would count them. */
    int words() {
        String trimmed = text.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < trimmed.length(); i++) {
            boolean space = isRegexSpace(trimmed.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }

    /** {@code \s}: ASCII white space only, unlike {@link String#strip}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    boolean contains(int p, int offset) {
        boolean afterOpen = p > paragraph || (p == paragraph && offset > open);
        boolean beforeClose = p < endParagraph || (p == endParagraph && offset < close);
        return afterOpen && beforeClose;
    }
}
