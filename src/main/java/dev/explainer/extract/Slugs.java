package dev.explainer.extract;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns names into stable URL-safe identifiers. */
public final class Slugs {
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    /** A slug is a folder or file name: file systems allow 255 bytes, and a URL wants far fewer. */
    static final int MAX_BYTES = 120;

    private Slugs() {
    }

    /**
     * Latin letters lose their accents ("José" -> "jose"); other scripts keep their letters, so a
     * Cyrillic or Arabic headline still gets a readable slug of its own.
     */
    private static String foldLatin(String s) {
        String nfkd = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(nfkd.length());
        for (int i = 0; i < nfkd.length(); i++) {
            char c = nfkd.charAt(i);
            boolean markOnAscii = Character.getType(c) == Character.NON_SPACING_MARK && b.length() > 0
                    && b.charAt(b.length() - 1) < 128;
            if (!markOnAscii) {
                b.append(c);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /** Cuts a slug to MAX_BYTES of UTF-8 at a hyphen where it can, never inside a character. */
    private static String limit(String slug) {
        if (slug.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return slug;
        }
        int end = 0;
        int bytes = 0;
        while (end < slug.length()) {
            int cp = slug.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        int hyphen = slug.lastIndexOf('-', end);
        return slug.substring(0, hyphen > end / 2 ? hyphen : end);
    }

    /**
     * Lowercase slug: Latin accents stripped, other scripts kept, every run of other characters a
     * single hyphen, no hyphen at either end, at most MAX_BYTES; "x" when nothing is left.
     */
    public static String slug(String s) {
        if (s == null) {
            return "x";
        }
        String folded = foldLatin(s);
        String slug = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return start == end ? "x" : limit(slug.substring(start, end));
    }

    /** Slug for an entity id: a leading article is dropped so "the Guardian" and "Guardian" agree. */
    static String entityId(String name) {
        String slug = slug(name);
        return slug.startsWith("the-") && slug.length() > 4 ? slug.substring(4) : slug;
    }
}
