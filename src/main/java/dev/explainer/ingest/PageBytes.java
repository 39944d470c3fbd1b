package dev.explainer.ingest;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Searches in a page's UTF-8 bytes, so that ingest can see that a generated page is up to date
 * without decoding it: most of an archive's pages are, and decoding them all costs seconds.
 */
final class PageBytes {
    private PageBytes() {
    }

    /** Where {@code wanted} first occurs at or after {@code from}; -1 when it does not. */
    static int indexOf(byte[] bytes, byte[] wanted, int from) {
        int last = bytes.length - wanted.length;
        byte first = wanted[0];
        for (int i = Math.max(0, from); i <= last; i++) {
            if (bytes[i] != first) {
                continue;
            }
            int k = 1;
            while (k < wanted.length && bytes[i + k] == wanted[k]) {
                k++;
            }
            if (k == wanted.length) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when the bytes before {@code end} end their lines with line feeds only: no carriage return,
     * NEL (U+0085), line or paragraph separator (U+2028, U+2029), which text patterns also take as line ends.
     */
    static boolean onlyLineFeeds(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            byte b = bytes[i];
            if (b == '\r' || b == (byte) 0x85 && i > 0 && bytes[i - 1] == (byte) 0xC2
                    || b == (byte) 0xE2 && i + 2 < bytes.length && bytes[i + 1] == (byte) 0x80
                    && (bytes[i + 2] == (byte) 0xA8 || bytes[i + 2] == (byte) 0xA9)) {
                return false;
            }
        }
        return true;
    }

    /** The values of the page's whole lines "key: value" after its first line, as "\nkey: value\n" would find them. */
    static Set<String> lineValues(byte[] page, String key) {
        byte[] start = ("\n" + key + ": ").getBytes(StandardCharsets.US_ASCII);
        Set<String> values = new HashSet<>();
        for (int at = indexOf(page, start, 0); at >= 0; at = indexOf(page, start, at + 1)) {
            int from = at + start.length;
            int end = from;
            while (end < page.length && page[end] != '\n') {
                end++;
            }
            if (end < page.length) {
                values.add(new String(page, from, end - from, StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
