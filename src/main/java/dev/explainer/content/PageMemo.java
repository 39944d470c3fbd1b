package dev.explainer.content;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Content pages as last read, kept between builds by {@code explainer serve}: a file whose text is
 * unchanged is not parsed again. Keyed by the whole text, so an entry is never wrong.
 */
public final class PageMemo {
    private record Entry(String text, PageReader.Result result) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    PageReader.Result read(String file, String text) {
        Entry e = entries.get(file);
        if (e != null && e.text().equals(text)) {
            return e.result();
        }
        PageReader.Result result = PageReader.read(file, text);
        entries.put(file, new Entry(text, result));
        return result;
    }

    /** Forgets the files that are gone. */
    void retain(Set<String> files) {
        entries.keySet().retainAll(files);
    }
}
