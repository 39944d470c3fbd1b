package dev.explainer.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns names into stable URL-safe identifiers. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /**
     * Lowercase ASCII slug: accents stripped, every run of other characters a single hyphen,
     * no hyphen at either end; "x" when nothing is left so an id is never empty.
     */
    public static String slug(String s) {
        if (s == null) {
            return "x";
        }
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return start == end ? "x" : slug.substring(start, end);
    }

    /** Slug for an entity id: a leading article is dropped so "the Guardian" and "Guardian" agree. */
    static String entityId(String name) {
        String slug = slug(name);
        return slug.startsWith("the-") && slug.length() > 4 ? slug.substring(4) : slug;
    }
}
