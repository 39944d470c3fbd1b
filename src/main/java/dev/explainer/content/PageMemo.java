package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.frontmatter.EntityNote;
import dev.explainer.frontmatter.FileSum;
import dev.explainer.frontmatter.TextFiles;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Content pages as last read, kept between builds (in memory by {@code explainer serve}, on disk by
 * the build cache): a file whose bytes have the same size and checksum is not parsed again, and one
 * the build cache has just seen with them is not even read; the explainer index is built again only
 * when what it is built from changed.
 */
public final class PageMemo {
    /**
     * One file as last read.
     *
     * @param sum  the size and checksum of its bytes
     * @param zone the site's time zone it was read in, which gives dates their offset
     * @param page the page, or null when it had errors
     */
    public record Saved(FileSum sum, ZoneId zone, Page page, List<Diagnostic> diagnostics) {
        public Saved {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final Map<String, Saved> entries = new ConcurrentHashMap<>();
    /** The files as the build cache just saw them, by path: their bytes need not be read to be recognised. */
    private volatile Map<String, FileSum> seen = Map.of();
    /** Counts the entries added, replaced or forgotten. */
    private final AtomicInteger changes = new AtomicInteger();
    private final AtomicInteger indexChanges = new AtomicInteger();
    /** The one copy of each name, role and phrase that the pages read in this load share. */
    private final Map<String, String> strings = new ConcurrentHashMap<>();

    /** The explainer index last built, with what it was built from and what it reported. */
    public record Built(List<Page> pages, List<Story> stories, Map<String, EntityNote> notes, Explainer explainer,
                        List<Diagnostic> diagnostics) {
        public Built {
            pages = List.copyOf(pages);
            stories = List.copyOf(stories);
            notes = Map.copyOf(notes);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private volatile Built built;

    public PageMemo() {
    }

    /** A memo of the files read before, by path, and the explainer index last built, or null (from disk). */
    public PageMemo(Map<String, Saved> saved, Built built) {
        entries.putAll(saved);
        this.built = built;
    }

    /** The explainer index last built, with what it was built from; null when none was. */
    public Built built() {
        return built;
    }

    /** Every file as last read, by path. */
    public Map<String, Saved> saved() {
        return Map.copyOf(entries);
    }

    /** Tells the memo the size and checksum each file has now, as a scan of the sources just found. */
    public void seen(Map<String, FileSum> files) {
        seen = Map.copyOf(files);
    }

    /** Takes back what the scan said of these files: they have been written or removed since. */
    public void unseen(Collection<String> files) {
        if (!files.isEmpty()) {
            Map<String, FileSum> after = new HashMap<>(seen);
            after.keySet().removeAll(files);
            seen = Map.copyOf(after);
        }
    }

    /** Names the bytes of the file as last read, which tells the renderer an unchanged article; null for a file not read. */
    String version(String file) {
        Saved s = entries.get(file);
        return s == null ? null : s.sum().text();
    }

    /** The file as read before when its bytes are unchanged (read only when the build cache has not just seen them). */
    PageReader.Result read(String file, ZoneId zone, ContentSource content) {
        Saved s = entries.get(file);
        if (s != null && s.zone().equals(zone) && s.sum().equals(seen.get(file))) {
            return result(s);
        }
        byte[] bytes;
        try {
            bytes = content.bytes(file);
        } catch (IOException e) {
            return new PageReader.Result(Optional.empty(), List.of(TextFiles.unreadable(file, e).error().orElseThrow()));
        }
        FileSum sum = FileSum.of(bytes);
        if (s != null && s.zone().equals(zone) && s.sum().equals(sum)) {
            return result(s);
        }
        TextFiles.Text text = TextFiles.decode(file, bytes);
        PageReader.Result result = text.error().isPresent()
                ? new PageReader.Result(Optional.empty(), List.of(text.error().get()))
                : PageReader.read(file, text.text().orElseThrow(), zone, this::shared);
        entries.put(file, new Saved(sum, zone, result.page().orElse(null), result.diagnostics()));
        changes.incrementAndGet();
        return result;
    }

    private static PageReader.Result result(Saved s) {
        return new PageReader.Result(Optional.ofNullable(s.page()), s.diagnostics());
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
        built = new Built(pages, stories, notes, explainer, mine.list());
        changes.incrementAndGet();
        indexChanges.incrementAndGet();
        diags.addAll(mine.list());
        return explainer;
    }

    /** The one copy of {@code value} (null stays null). */
    private String shared(String value) {
        if (value == null) {
            return null;
        }
        String known = strings.putIfAbsent(value, value);
        return known != null ? known : value;
    }

    /** Forgets the files that are gone: the end of a load's reading, which needs no more shared strings. */
    void retain(Set<String> files) {
        strings.clear();
        if (entries.keySet().retainAll(files)) {
            changes.incrementAndGet();
        }
    }

    /** How many times the entries changed: unchanged between two calls, the memo is as it was. */
    public int changes() {
        return changes.get();
    }

    /** How many times the explainer index was made again, which {@link #changes} counts too. */
    public int indexChanges() {
        return indexChanges.get();
    }
}
