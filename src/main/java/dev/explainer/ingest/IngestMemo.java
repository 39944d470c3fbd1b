package dev.explainer.ingest;

import dev.explainer.diag.Diagnostic;
import dev.explainer.extract.Slugs;
import dev.explainer.frontmatter.FileSum;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What parsing each seed gave, short of its text, and what each content page says of where it came
 * from, kept between builds (in memory by {@code explainer serve}, on disk by the build cache): a seed
 * whose bytes and sidecar hash as before is not parsed again to learn where its page goes and what to
 * warn about, and a seed or page the build cache's scan vouches for is not even read. (Whether a page
 * needs extracting again, the page says: see {@link Ingester}.)
 */
public final class IngestMemo {
    /**
     * One seed as last parsed.
     *
     * @param seedHash    the hash of its bytes and its sidecar's ({@link Article#seedHash})
     * @param seed        the size and checksum of its bytes
     * @param sidecar     those of its sidecar's bytes, or null when it has no sidecar
     * @param diagnostics what parsing it reported
     * @param claim       the page it makes, or null when it makes none (it had errors)
     */
    public record Known(String seedHash, FileSum seed, FileSum sidecar, List<Diagnostic> diagnostics, Claim claim) {
        public Known {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * What ingest needs to know of a content page, as last read.
     *
     * @param sum        the size and checksum of its bytes
     * @param seed       the seed it names, or null
     * @param untouched  it still has the text ingest gave it ({@link ContentHash#untouched})
     * @param seedHashes the values of its whole "seed_hash: ..." lines
     * @param keys       the values of its whole "extraction_key: ..." lines
     */
    public record PageFacts(FileSum sum, String seed, boolean untouched, Set<String> seedHashes, Set<String> keys) {
        public PageFacts {
            seedHashes = Set.copyOf(seedHashes);
            keys = Set.copyOf(keys);
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
    private final Map<String, PageFacts> pages = new ConcurrentHashMap<>();
    private final AtomicInteger changes = new AtomicInteger();
    /** The files as the build cache's scan just found them, by path: their bytes need not be read to be recognised. */
    private volatile Map<String, FileSum> seen = Map.of();
    /** Every file the scan found (readable or not), by path, sorted; null when there was no scan. */
    private volatile List<String> listed;

    public IngestMemo() {
    }

    /** A memo of the seeds parsed and the pages read before, by path (from disk). */
    public IngestMemo(Map<String, Known> seeds, Map<String, PageFacts> pages) {
        known.putAll(seeds);
        this.pages.putAll(pages);
    }

    /** Every seed as last parsed, by path. */
    public Map<String, Known> saved() {
        return Map.copyOf(known);
    }

    /**
     * The size and checksum of every seed, sidecar and content page as ingest last read them, by path:
     * what the build cache records for the next build, without reading the files again.
     */
    public Map<String, FileSum> sums() {
        Map<String, FileSum> sums = new HashMap<>();
        pages.forEach((path, page) -> sums.put(path, page.sum()));
        known.forEach((path, seed) -> {
            if (seed.seed() != null) {
                sums.put(path, seed.seed());
            }
            if (seed.sidecar() != null) {
                sums.put(Seeds.sidecar(path), seed.sidecar());
            }
        });
        return sums;
    }

    /** Every content page as last read, by path. */
    public Map<String, PageFacts> pages() {
        return Map.copyOf(pages);
    }

    /**
     * Tells the memo the size and checksum each file has now, as a scan of the sources just found, and
     * every file it found (sorted paths, some perhaps unreadable): ingest lists the seeds and pages
     * from them instead of walking the folders again.
     */
    public void seen(Map<String, FileSum> files, List<String> listed) {
        seen = Map.copyOf(files);
        this.listed = List.copyOf(listed);
    }

    /** The files the scan found, sorted; null when there was no scan. */
    public List<String> listed() {
        return listed;
    }

    /**
     * The seed at {@code path} as last parsed, when the scan vouches that it and its sidecar (or the
     * lack of one) are unchanged since; null when it does not.
     */
    Known unchanged(String path, String sidecar, boolean hasSidecar) {
        Known k = known.get(path);
        if (k == null || !k.seed().equals(seen.get(path))) {
            return null;
        }
        return hasSidecar ? k.sidecar() != null && k.sidecar().equals(seen.get(sidecar)) ? k : null
                : k.sidecar() == null ? k : null;
    }

    /** The page at {@code path} as last read, when the scan vouches that it is unchanged since; null when it does not. */
    PageFacts unchangedPage(String path) {
        PageFacts f = pages.get(path);
        return f != null && f.sum().equals(seen.get(path)) ? f : null;
    }

    PageFacts page(String path) {
        return pages.get(path);
    }

    void putPage(String path, PageFacts facts) {
        if (!facts.equals(pages.put(path, facts))) {
            changes.incrementAndGet();
        }
    }

    /** Forgets pages: ones written or removed since they were read. */
    void forgetPages(Collection<String> paths) {
        for (String path : paths) {
            if (pages.remove(path) != null) {
                changes.incrementAndGet();
            }
        }
    }

    /** How many times the entries changed: unchanged between two calls, the memo is as it was. */
    public int changes() {
        return changes.get();
    }

    /** The seed at {@code path} as parsed from these bytes and sidecar bytes (or none); null when it was not. */
    Known get(String path, String seedHash, FileSum seed, FileSum sidecar) {
        Known k = known.get(path);
        return k != null && k.seedHash().equals(seedHash) && k.seed().equals(seed) && Objects.equals(k.sidecar(), sidecar)
                ? k : null;
    }

    void put(String path, Known k) {
        known.put(path, k);
        changes.incrementAndGet();
    }

    /** Forgets the seeds that are gone. */
    void retain(Set<String> seeds) {
        if (known.keySet().retainAll(seeds)) {
            changes.incrementAndGet();
        }
    }

    /** Forgets the pages that are gone. */
    void retainPages(Set<String> paths) {
        if (pages.keySet().retainAll(paths)) {
            changes.incrementAndGet();
        }
    }
}
