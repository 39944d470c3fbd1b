package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks. Straight quotes are first turned into curly ones by position, so one
 * scanner serves both. A paragraph left open continues when the next paragraph opens with a
 * quote mark, the newspaper convention for a quotation running over several paragraphs.
 */
final class QuoteFinder {

    /** Returns paragraphs with straight double quotes made curly; lengths and offsets are unchanged. */
    static String curl(String paragraph) {
        if (paragraph.indexOf('"') < 0) {
            return paragraph;
        }
        char[] chars = paragraph.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '"') {
                boolean opening = i == 0 || Character.isWhitespace(chars[i - 1]) || "([{—–-/:".indexOf(chars[i - 1]) >= 0;
                chars[i] = opening ? '“' : '”';
            }
        }
        return new String(chars);
    }

    List<QuoteSpan> find(List<String> paragraphs) {
        List<QuoteSpan> spans = new ArrayList<>();
        int p = 0;
        while (p < paragraphs.size()) {
            p = scanParagraph(paragraphs, p, spans);
        }
        return spans;
    }

    /** Scans paragraph {@code p}; returns the index of the next paragraph to scan. */
    private static int scanParagraph(List<String> paragraphs, int p, List<QuoteSpan> spans) {
        String text = paragraphs.get(p);
        int open = text.indexOf('“');
        int close = -1;
        while (open >= 0) {
            if (close <= open) {
                close = text.indexOf('”', open + 1);
            }
            if (close < 0) {
                // No closing mark left: only the last opening mark can start a running quote.
                return continued(paragraphs, p, text.lastIndexOf('“'), spans);
            }
            int nextOpen = text.indexOf('“', open + 1);
            if (nextOpen >= 0 && nextOpen < close) {
                open = nextOpen; // an unmatched opening mark: the nearer one pairs with the close
                continue;
            }
            spans.add(new QuoteSpan(p, open, p, close, text.substring(open + 1, close)));
            open = nextOpen;
        }
        return p + 1;
    }

    /** A quote left open at the end of paragraph {@code p}. */
    private static int continued(List<String> paragraphs, int p, int open, List<QuoteSpan> spans) {
        StringBuilder text = new StringBuilder(paragraphs.get(p).substring(open + 1).strip());
        int current = p;
        while (current + 1 < paragraphs.size() && paragraphs.get(current + 1).stripLeading().startsWith("“")) {
            current++;
            String next = paragraphs.get(current);
            int start = next.indexOf('“') + 1;
            int close = next.indexOf('”', start);
            int nextOpen = next.indexOf('“', start);
            if (close >= 0 && (nextOpen < 0 || close < nextOpen)) {
                text.append("\n\n").append(next, start, close);
                spans.add(new QuoteSpan(p, open, current, close, text.toString()));
                // Quotes after the close in this paragraph still need scanning.
                List<QuoteSpan> rest = new ArrayList<>();
                scanRest(paragraphs, current, close + 1, rest);
                spans.addAll(rest);
                return current + 1;
            }
            text.append("\n\n").append(next.substring(start).strip());
        }
        spans.add(new QuoteSpan(p, open, current, paragraphs.get(current).length(), text.toString()));
        return current + 1;
    }

    private static void scanRest(List<String> paragraphs, int p, int from, List<QuoteSpan> spans) {
        String text = paragraphs.get(p);
        int open = text.indexOf('“', from);
        int close = -1;
        while (open >= 0) {
            if (close <= open) {
                close = text.indexOf('”', open + 1);
            }
            if (close < 0) {
                return;
            }
            int nextOpen = text.indexOf('“', open + 1);
            if (nextOpen >= 0 && nextOpen < close) {
                open = nextOpen;
                continue;
            }
            spans.add(new QuoteSpan(p, open, p, close, text.substring(open + 1, close)));
            open = nextOpen;
        }
    }
}
