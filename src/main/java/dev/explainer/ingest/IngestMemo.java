package dev.explainer.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What ingest last made of each seed, kept between builds by {@code explainer serve}: when a seed, its
 * sidecar and what extraction knows are as they were, and its page still has the text ingest gave it,
 * the page is up to date without extracting again. Every entry is checked against the page on disk,
 * so an entry can be stale but never wrong.
 */
public final class IngestMemo {
    /** @param key the seed's hash and the extraction's inputs; @param textHash the page text made from them */
    public record Entry(String key, String target, String textHash) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** The page text each entry was made with, kept in memory only. */
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    /** Parsed seeds, by path, with the bytes they were parsed from; kept in memory only. */
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(byte[] seed, byte[] sidecar, SeedParser.Result result) {
    }

    /** The seed parsed from exactly these bytes before, or a new parse that is remembered. */
    SeedParser.Result parse(String seed, byte[] bytes, byte[] sidecar, Supplier<SeedParser.Result> parse) {
        Parsed p = parsed.get(seed);
        if (p != null && Arrays.equals(p.seed(), bytes) && Arrays.equals(p.sidecar(), sidecar)) {
            return p.result();
        }
        SeedParser.Result result = parse.get();
        parsed.put(seed, new Parsed(bytes, sidecar, result));
        return result;
    }

    /** The page text for {@code seed} when {@code existing} (at {@code target}) is what the same inputs made. */
    Optional<String> upToDate(String seed, String key, String target, ContentIndex.Existing existing) {
        Entry e = entries.get(seed);
        if (e == null || !e.key().equals(key) || !e.target().equals(target) || !existing.path().equals(target)) {
            return Optional.empty();
        }
        // the text itself when this process made it (no hashing), else its hash from the cache on disk
        String made = texts.get(seed);
        boolean same = made != null ? made.equals(existing.text()) : e.textHash().equals(hash(existing.text()));
        if (same && made == null) {
            texts.put(seed, existing.text());
        }
        return same ? Optional.of(existing.text()) : Optional.empty();
    }

    void remember(String seed, String key, String target, String text) {
        entries.put(seed, new Entry(key, target, hash(text)));
        texts.put(seed, text);
    }

    /** Every entry, by seed, to keep on disk. */
    public Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }

    /** A memo with the entries {@link #entries} gave. */
    public static IngestMemo of(Map<String, Entry> entries) {
        IngestMemo memo = new IngestMemo();
        memo.entries.putAll(entries);
        return memo;
    }

    private static String hash(String text) {
        return ContentHash.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
