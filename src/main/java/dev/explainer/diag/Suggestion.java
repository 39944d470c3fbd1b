package dev.explainer.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "did you mean 'role'?": the known word nearest to a misspelt one, within two edits. */
public final class Suggestion {
    private Suggestion() {
    }

    public static Optional<String> closest(String word, Collection<String> known) {
        return known.stream().filter(k -> distance(k, word) <= 2)
                .min(Comparator.comparingInt((String k) -> distance(k, word)).thenComparing(Comparator.naturalOrder()));
    }

    /** Adds the hint to {@code d} when a known word is near {@code word}. */
    public static Diagnostic hint(Diagnostic d, String word, Collection<String> known) {
        return closest(word, known).map(k -> d.withHint("did you mean '" + k + "'?")).orElse(d);
    }

    /**
     * The error for a key that is not a known field: a misspelt one ("stroy:") would otherwise drop
     * what it was meant to set without a word.
     *
     * @param what  the file or part of it ("front matter", "a sidecar", "site.yaml")
     * @param known the keys it may have, in the order the hint lists them
     */
    public static Diagnostic unknownKey(SourcePos pos, String key, String what, Collection<String> known) {
        Diagnostic d = Diagnostic.error(pos, "unknown key '" + key + "' in " + what);
        return closest(key, known).map(k -> d.withHint("did you mean '" + k + "'?"))
                .orElseGet(() -> d.withHint(what + " may set " + String.join(", ", known)));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
