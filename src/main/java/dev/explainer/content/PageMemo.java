package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.frontmatter.EntityNote;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Content pages as last read, kept between builds by {@code explainer serve}: a file whose text is
 * unchanged is not parsed again, and the explainer index is built again only when what it is built
 * from changed. Keyed by the whole text and by equality, so an entry is never wrong.
 */
public final class PageMemo {
    private record Entry(String text, ZoneId zone, PageReader.Result result) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The explainer index last built, with what it was built from and what it reported. */
    private record Built(List<Page> pages, List<Story> stories, Map<String, EntityNote> notes, Explainer explainer,
                         List<Diagnostic> diagnostics) {
    }

    private volatile Built built;

    PageReader.Result read(String file, String text, ZoneId zone) {
        Entry e = entries.get(file);
        if (e != null && e.text().equals(text) && e.zone().equals(zone)) {
            return e.result();
        }
        PageReader.Result result = PageReader.read(file, text, zone);
        entries.put(file, new Entry(text, zone, result));
        return result;
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
        entries.keySet().retainAll(files);
    }
}
