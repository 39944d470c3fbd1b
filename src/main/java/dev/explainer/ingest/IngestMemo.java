package dev.explainer.ingest;

import dev.explainer.diag.Diagnostic;
import dev.explainer.extract.Slugs;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What parsing each seed gave, short of its text, kept between builds (in memory by {@code explainer
 * serve}, on disk by the build cache): a seed whose bytes and sidecar hash as before is not parsed
 * again to learn where its page goes and what to warn about. (Whether its page needs extracting again,
 * the page says: see {@link Ingester}.)
 */
public final class IngestMemo {
    /**
     * One seed as last parsed.
     *
     * @param seedHash    the hash of its bytes and its sidecar's ({@link Article#seedHash})
     * @param diagnostics what parsing it reported
     * @param claim       the page it makes, or null when it makes none (it had errors)
     */
    public record Known(String seedHash, List<Diagnostic> diagnostics, Claim claim) {
        public Known {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** The page a seed makes: its path follows from the story and the slug. */
    public record Claim(String seed, int line, String slug, String story) {
        static Claim of(Article a) {
            return new Claim(a.seed(), a.line(), a.slug(), a.story());
        }

        String target() {
            return "content/" + (story == null ? "" : Slugs.slug(story) + "/") + slug + ".md";
        }
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final AtomicInteger changes = new AtomicInteger();

    public IngestMemo() {
    }

    /** A memo of the seeds parsed before, by path (from disk). */
    public IngestMemo(Map<String, Known> saved) {
        known.putAll(saved);
    }

    /** Every seed as last parsed, by path. */
    public Map<String, Known> saved() {
        return Map.copyOf(known);
    }

    /** How many times the entries changed: unchanged between two calls, the memo is as it was. */
    public int changes() {
        return changes.get();
    }

    /** The seed at {@code path} as parsed from bytes with this hash; null when it was not. */
    Known get(String path, String seedHash) {
        Known k = known.get(path);
        return k != null && k.seedHash().equals(seedHash) ? k : null;
    }

    void put(String path, Known k) {
        known.put(path, k);
        changes.incrementAndGet();
    }

    /** Forgets the seeds that are gone. */
    void retain(Set<String> paths) {
        if (known.keySet().retainAll(paths)) {
            changes.incrementAndGet();
        }
    }
}
