package dev.explainer.extract;

/**
 * Where a quotation stands: it opens in {@code paragraph} just after {@code open} and closes in
 * {@code endParagraph} at {@code close} (the closing mark, or the paragraph end if none).
 */
record QuoteSpan(int paragraph, int open, int endParagraph, int close, String text) {
    boolean isMultiParagraph() {
        return endParagraph > paragraph;
    }

    int words() {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    boolean contains(int p, int offset) {
        boolean afterOpen = p > paragraph || (p == paragraph && offset > open);
        boolean beforeClose = p < endParagraph || (p == endParagraph && offset < close);
        return afterOpen && beforeClose;
    }
}
