package dev.explainer.render;

import dev.explainer.content.Page;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last successful build drew at each output path, keyed by the fingerprint of its template
 * closure and data: a page whose key is unchanged has the same bytes, and is kept instead of drawn.
 */
public final class RenderMemo {
    public static final RenderMemo EMPTY = new RenderMemo(Map.of(), null, null, Map.of(), Map.of());

    /**
     * @param linkLines the Markdown lines of the page's links, for link diagnostics
     * @param body      for an article, the version of its file (see {@code Site.versions}); null for other files
     * @param origin    for a page drawn from a template, the project file it is made from; null for the
     *                  files made whole every build (assets, feeds, sitemaps, the search index)
     */
    public record Entry(String key, Map<String, Integer> linkLines, String body, String origin) {
        public Entry {
            linkLines = Map.copyOf(linkLines);
        }

        /** This entry for a page now made from {@code from}: the same object when that is where it came from. */
        Entry from(String from) {
            return from.equals(origin) ? this : new Entry(key, linkLines, body, from);
        }
    }

    /**
     * The fingerprint of a page's front matter and explainer fields as read from one version of its
     * file: while the file and the time zone it was read in are the same, so is the page.
     *
     * @param version the file's version (see {@code Site.versions}) and the time zone
     */
    public record PageKey(String version, String key) {
    }

    /**
     * Everything but the article bodies that pages are drawn from: the site model (without its clock,
     * which only the news sitemap reads, and that is made whole every time) and the templates. When it
     * equals the last build's, a page can differ only by an article's own body.
     */
    record Model(Object config, List<Page> pages, Object stories, Object explainer, boolean preview, Object leftOut,
                 String templates) {
    }

    private final Map<String, Entry> entries;
    /** Kept in memory only ({@code serve}); null in a memo read back from disk. */
    private final Model model;
    /** A fingerprint of the model, which a memo read back from disk has instead; null when not taken. */
    private final String modelKey;
    private final Map<String, PageKey> pageKeys;
    private final Map<String, String> modelFiles;

    private RenderMemo(Map<String, Entry> entries, Model model, String modelKey, Map<String, PageKey> pageKeys,
                       Map<String, String> modelFiles) {
        this.entries = Map.copyOf(entries);
        this.model = model;
        this.modelKey = modelKey;
        this.pageKeys = Map.copyOf(pageKeys);
        this.modelFiles = Collections.unmodifiableMap(new LinkedHashMap<>(modelFiles));
    }

    Model model() {
        return model;
    }

    /** The fingerprint of the model this memo's pages were drawn from, to keep on disk; null when not taken. */
    public String modelKey() {
        return modelKey;
    }

    /** The fingerprint of each page the model key was taken from, by file, to keep on disk. */
    public Map<String, PageKey> pageKeys() {
        return pageKeys;
    }

    /** The files made from the model alone (feeds, sitemap, search index), to keep on disk. */
    public Map<String, String> modelFiles() {
        return modelFiles;
    }

    Entry get(String path) {
        return entries.get(path);
    }

    /** Every entry, by output path, to keep on disk. */
    public Map<String, Entry> entries() {
        return entries;
    }

    public static RenderMemo of(Map<String, Entry> entries, String modelKey, Map<String, PageKey> pageKeys,
                                Map<String, String> modelFiles) {
        return new RenderMemo(entries, null, modelKey, pageKeys, modelFiles);
    }

    /** The files of the build this memo describes. */
    public Set<String> paths() {
        return entries.keySet();
    }

    /** Filled from the rendering threads, frozen when the build is done. */
    static final class Builder {
        private final Map<String, Entry> entries;

        /** @param size about how many entries it will have */
        Builder(int size) {
            entries = new ConcurrentHashMap<>(Math.max(16, size * 4 / 3));
        }

        void put(String path, Entry entry) {
            entries.put(path, entry);
        }

        RenderMemo build(Model model, String modelKey, Map<String, PageKey> pageKeys, Map<String, String> modelFiles) {
            return new RenderMemo(entries, model, modelKey, pageKeys, modelFiles);
        }
    }
}
