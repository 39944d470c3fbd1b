package dev.explainer.extract;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe slugs: lowercase ASCII, words joined by '-'. */
public final class Slugs {
    private Slugs() {
    }

    public static String slug(String s) {
        String folded = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("’", "")
                .replace("'", "")
                .toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
