package dev.explainer.render;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last successful build drew at each output path, keyed by the fingerprint of its template
 * closure and data: a page whose key is unchanged has the same bytes, and is kept instead of drawn.
 */
public final class RenderMemo {
    public static final RenderMemo EMPTY = new RenderMemo(Map.of());

    /** @param linkLines the Markdown lines of the page's links, for link diagnostics */
    public record Entry(String key, Map<String, Integer> linkLines) {
        public Entry {
            linkLines = Map.copyOf(linkLines);
        }
    }

    private final Map<String, Entry> entries;

    private RenderMemo(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    Entry get(String path) {
        return entries.get(path);
    }

    /** Every entry, by output path, to keep on disk. */
    public Map<String, Entry> entries() {
        return entries;
    }

    public static RenderMemo of(Map<String, Entry> entries) {
        return new RenderMemo(entries);
    }

    /** The files of the build this memo describes. */
    public Set<String> paths() {
        return entries.keySet();
    }

    /** Filled from the rendering threads, frozen when the build is done. */
    static final class Builder {
        private final Map<String, Entry> entries = new ConcurrentHashMap<>();

        void put(String path, Entry entry) {
            entries.put(path, entry);
        }

        RenderMemo build() {
            return new RenderMemo(entries);
        }
    }
}
