package dev.explainer.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The hash a generated content page carries of itself. A page whose text no longer matches its
 * hash was edited by hand, and ingest leaves it alone.
 */
public final class ContentHash {
    public static final String KEY = "content_hash";
    private static final String PREFIX = KEY + ": ";
    private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LINE_FEED_PREFIX = ("\n" + PREFIX).getBytes(StandardCharsets.US_ASCII);

    private ContentHash() {
    }

    public static String sha256(byte[] bytes) {
        return format(sha256().digest(bytes));
    }

    private static String format(byte[] digest) {
        return "sha256:" + HexFormat.of().formatHex(digest, 0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The hash of a page's text, ignoring its own content_hash line (the first that ends with a line feed). */
    public static String of(String pageText) {
        String text = pageText;
        for (int at = line(pageText, 0); at >= 0; at = line(pageText, at + 1)) {
            int end = lineEnd(pageText, at);
            if (end < pageText.length() && pageText.charAt(end) == '\n') {
                text = pageText.substring(0, at) + pageText.substring(end + 1);
                break;
            }
        }
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@link #untouched(String)} of the page these UTF-8 bytes hold, without decoding them when the
     * hash line is as ingest writes it: a line feed, "content_hash: ", a word of ASCII, a line feed,
     * and no other kind of line end before it. Otherwise the text is decoded and judged as text.
     */
    static boolean untouched(byte[] page) {
        int at = PageBytes.indexOf(page, LINE_FEED_PREFIX, 0);
        if (at >= 0 && PageBytes.onlyLineFeeds(page, at)) {
            int start = at + LINE_FEED_PREFIX.length;
            int end = start;
            while (end < page.length && page[end] > ' ' && page[end] < 0x7f) {
                end++;
            }
            if (end > start && end < page.length && page[end] == '\n' && !startsWithPrefix(page)) {
                MessageDigest digest = sha256();
                digest.update(page, 0, at + 1);
                digest.update(page, end + 1, page.length - end - 1);
                String value = new String(page, start, end - start, StandardCharsets.US_ASCII);
                return value.equals(format(digest.digest()));
            }
        }
        return untouched(new String(page, StandardCharsets.UTF_8));
    }

    private static boolean startsWithPrefix(byte[] page) {
        return page.length >= PREFIX_BYTES.length && Arrays.equals(page, 0, PREFIX_BYTES.length, PREFIX_BYTES, 0, PREFIX_BYTES.length);
    }

    /** True when the page still is what ingest wrote: it has a content_hash and it matches. */
    public static boolean untouched(String pageText) {
        String value = value(pageText);
        return value != null && value.equals(of(pageText));
    }

    /**
     * The first content_hash line's value: the longest run of non-blanks after "content_hash: " that
     * a line terminator or the end of the text follows.
     */
    private static String value(String text) {
        for (int at = line(text, 0); at >= 0; at = line(text, at + 1)) {
            int start = at + PREFIX.length();
            int blank = start;
            while (blank < text.length() && !isSpace(text.charAt(blank))) {
                blank++;
            }
            for (int end = blank; end > start; end--) {
                if (end == text.length() || isLineEnd(text.charAt(end))) {
                    return text.substring(start, end);
                }
            }
        }
        return null;
    }

    /** Where the next line from {@code from} on starts with "content_hash: "; -1 when none does. */
    private static int line(String text, int from) {
        for (int at = text.indexOf(PREFIX, from); at >= 0; at = text.indexOf(PREFIX, at + 1)) {
            if (at == 0 || isLineEnd(text.charAt(at - 1))) {
                return at;
            }
        }
        return -1;
    }

    /** The end of the line that {@code at} is on: its first line terminator, or the end of the text. */
    private static int lineEnd(String text, int at) {
        int end = at;
        while (end < text.length() && !isLineEnd(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
