package dev.explainer.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The hash a generated content page carries of itself. A page whose text no longer matches its
 * hash was edited by hand, and ingest leaves it alone.
 */
public final class ContentHash {
    public static final String KEY = "content_hash";
    private static final Pattern LINE = Pattern.compile("(?m)^" + KEY + ": .*\n");
    private static final Pattern VALUE = Pattern.compile("(?m)^" + KEY + ": (\\S+)$");

    private ContentHash() {
    }

    public static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The hash of a page's text, ignoring its own content_hash line. */
    public static String of(String pageText) {
        return sha256(LINE.matcher(pageText).replaceFirst("").getBytes(StandardCharsets.UTF_8));
    }

    /** True when the page still is what ingest wrote: it has a content_hash and it matches. */
    public static boolean untouched(String pageText) {
        var m = VALUE.matcher(pageText);
        return m.find() && m.group(1).equals(of(pageText));
    }
}
