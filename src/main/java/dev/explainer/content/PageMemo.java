package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.frontmatter.EntityNote;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Content pages as last read, kept between builds (in memory by {@code explainer serve}, on disk by
 * the build cache): a file whose text has the same SHA-256 is not parsed again, and the explainer
 * index is built again only when what it is built from changed. Keyed by the digest of the whole text
 * and by equality, so an entry is never wrong.
 */
public final class PageMemo {
    /**
     * One file as last read.
     *
     * @param digest the SHA-256 of its text, in hex
     * @param zone   the site's time zone it was read in, which gives dates their offset
     * @param page   the page, or null when it had errors
     */
    public record Saved(String digest, ZoneId zone, Page page, List<Diagnostic> diagnostics) {
        public Saved {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final Map<String, Saved> entries = new ConcurrentHashMap<>();
    /** Counts the entries added, replaced or forgotten. */
    private final AtomicInteger changes = new AtomicInteger();

    /** The explainer index last built, with what it was built from and what it reported. */
    private record Built(List<Page> pages, List<Story> stories, Map<String, EntityNote> notes, Explainer explainer,
                         List<Diagnostic> diagnostics) {
    }

    private volatile Built built;

    public PageMemo() {
    }

    /** A memo of the files read before, by path (from disk). */
    public PageMemo(Map<String, Saved> saved) {
        entries.putAll(saved);
    }

    /** Every file as last read, by path. */
    public Map<String, Saved> saved() {
        return Map.copyOf(entries);
    }

    /** The digest of the file's text as last read, which tells the renderer an unchanged article; null for a file not read. */
    String version(String file) {
        Saved s = entries.get(file);
        return s == null ? null : s.digest();
    }

    PageReader.Result read(String file, String text, ZoneId zone) {
        String digest = sha256(text);
        Saved s = entries.get(file);
        if (s != null && s.digest().equals(digest) && s.zone().equals(zone)) {
            return new PageReader.Result(Optional.ofNullable(s.page()), s.diagnostics());
        }
        PageReader.Result result = PageReader.read(file, text, zone);
        entries.put(file, new Saved(digest, zone, result.page().orElse(null), result.diagnostics()));
        changes.incrementAndGet();
        return result;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The explainer index of these pages: the last one when pages, stories and entity notes are all
     * equal to what it was built from (an edit to an article's body leaves them so), else a new one.
     */
    Explainer explainer(List<Page> pages, List<Story> stories, Map<String, EntityNote> notes, Diagnostics diags) {
        Built last = built;
        if (last != null && last.pages().equals(pages) && last.stories().equals(stories) && last.notes().equals(notes)) {
            diags.addAll(last.diagnostics());
            return last.explainer();
        }
        Diagnostics mine = new Diagnostics();
        Explainer explainer = ExplainerBuilder.build(pages, stories, notes, mine);
        built = new Built(List.copyOf(pages), List.copyOf(stories), Map.copyOf(notes), explainer, mine.list());
        diags.addAll(mine.list());
        return explainer;
    }

    /** Forgets the files that are gone. */
    void retain(Set<String> files) {
        if (entries.keySet().retainAll(files)) {
            changes.incrementAndGet();
        }
    }

    /** How many times the entries changed: unchanged between two calls, the memo is as it was. */
    public int changes() {
        return changes.get();
    }
}
