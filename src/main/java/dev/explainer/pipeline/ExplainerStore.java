package dev.explainer.pipeline;

import dev.explainer.content.EntityInfo;
import dev.explainer.content.Event;
import dev.explainer.content.Explainer;
import dev.explainer.content.Page;
import dev.explainer.content.PageMemo;
import dev.explainer.content.QuoteInfo;
import dev.explainer.content.Story;
import dev.explainer.content.StoryFacts;
import dev.explainer.content.Term;
import dev.explainer.extract.EntityKind;
import dev.explainer.frontmatter.EntityNote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The explainer index the last build made ({@link PageMemo.Built}), in the build cache beside the pages
 * it was made from: an edit that leaves every page's front matter as it was (a change to an article's
 * body) does not build who's who, related coverage and the timelines again. Pages are written by file
 * and read back as the pages of the same cache.
 */
final class ExplainerStore {
    private ExplainerStore() {
    }

    /** Thrown on reading a page the cache does not have: the index is left out, and built again. */
    private static final class Missing extends RuntimeException {
        Missing(String file) {
            super("no page " + file);
        }
    }

    static void write(PageMemo.Built b, CacheOut out, StringTable.Writer strings) {
        pages(b.pages(), out, strings);
        out.writeInt(b.stories().size());
        for (Story s : b.stories()) {
            strings.write(s.name());
            strings.write(s.slug());
            strings.write(s.url());
            pages(s.articles(), out, strings);
        }
        out.writeInt(b.notes().size());
        for (var e : b.notes().entrySet()) {
            EntityNote n = e.getValue();
            strings.write(e.getKey());
            for (String s : new String[] {n.id(), n.name(), n.kind() == null ? null : n.kind().name(), n.role(), n.description()}) {
                strings.writeNullable(s);
            }
            strings.writeAll(n.aliases());
        }
        Explainer x = b.explainer();
        out.writeInt(x.entities().size());
        for (var e : x.entities().entrySet()) {
            EntityInfo i = e.getValue();
            strings.write(e.getKey());
            for (String s : new String[] {i.id(), i.name(), i.kind().name(), i.role(), i.description(), i.url()}) {
                strings.writeNullable(s);
            }
            pages(i.articles(), out, strings);
            quotes(i.quotes(), out, strings);
            strings.writeAll(i.companions());
        }
        out.writeInt(x.stories().size());
        for (var e : x.stories().entrySet()) {
            StoryFacts f = e.getValue();
            strings.write(e.getKey());
            strings.writeAll(f.entities());
            counts(f.articles(), out, strings);
            counts(f.said(), out, strings);
            out.writeInt(f.together().size());
            for (StoryFacts.Together t : f.together()) {
                strings.write(t.a());
                strings.write(t.b());
                out.writeInt(t.articles());
            }
            quotes(f.quotes(), out, strings);
            terms(f.glossary(), out, strings);
            out.writeInt(f.timeline().size());
            for (Event ev : f.timeline()) {
                out.writeLong(ev.date() == null ? Long.MIN_VALUE : ev.date().toEpochDay());
                strings.writeNullable(ev.when());
                strings.writeNullable(ev.text());
                page(ev.page(), strings);
            }
        }
        out.writeInt(x.related().size());
        for (var e : x.related().entrySet()) {
            strings.write(e.getKey());
            pages(e.getValue(), out, strings);
        }
        out.writeInt(x.canonical().size());
        for (var e : x.canonical().entrySet()) {
            strings.write(e.getKey());
            strings.write(e.getValue());
        }
        terms(x.glossary(), out, strings);
        SourceStore.diagnostics(b.diagnostics(), out, strings);
    }

    /** @param pages the cache's pages by file; null when the index names a page they do not have */
    static PageMemo.Built read(CacheIn in, StringTable.Reader strings, Map<String, Page> pages) {
        try {
            return built(in, strings, pages);
        } catch (Missing e) {
            return null;
        }
    }

    private static PageMemo.Built built(CacheIn in, StringTable.Reader strings, Map<String, Page> byFile) {
        List<Page> pages = pages(in, strings, byFile);
        List<Story> stories = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            stories.add(new Story(strings.read(), strings.read(), strings.read(), pages(in, strings, byFile)));
        }
        Map<String, EntityNote> notes = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String key = strings.read();
            String id = strings.readNullable();
            String name = strings.readNullable();
            String kind = strings.readNullable();
            notes.put(key, new EntityNote(id, name, kind == null ? null : EntityKind.valueOf(kind), strings.readNullable(),
                    strings.readNullable(), strings.readAll()));
        }
        Map<String, EntityInfo> entities = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String key = strings.read();
            String id = strings.readNullable();
            String name = strings.readNullable();
            EntityKind kind = EntityKind.valueOf(strings.readNullable());
            String role = strings.readNullable();
            String description = strings.readNullable();
            String url = strings.readNullable();
            entities.put(key, new EntityInfo(id, name, kind, role, description, url, pages(in, strings, byFile),
                    quotes(in, strings, byFile), strings.readAll()));
        }
        Map<String, StoryFacts> facts = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String slug = strings.read();
            List<String> storyEntities = strings.readAll();
            Map<String, Integer> articles = counts(in, strings);
            Map<String, Integer> said = counts(in, strings);
            List<StoryFacts.Together> together = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                together.add(new StoryFacts.Together(strings.read(), strings.read(), in.readInt()));
            }
            List<QuoteInfo> quotes = quotes(in, strings, byFile);
            List<Term> glossary = terms(in, strings);
            List<Event> timeline = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                timeline.add(new Event(SourceStore.date(in.readLong()), strings.readNullable(), strings.readNullable(),
                        page(in, strings, byFile)));
            }
            facts.put(slug, new StoryFacts(storyEntities, articles, said, together, quotes, glossary, timeline));
        }
        Map<String, List<Page>> related = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            related.put(strings.read(), pages(in, strings, byFile));
        }
        Map<String, String> canonical = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            canonical.put(strings.read(), strings.read());
        }
        List<Term> glossary = terms(in, strings);
        Explainer explainer = new Explainer(entities, facts, related, canonical, glossary);
        return new PageMemo.Built(pages, stories, notes, explainer, SourceStore.diagnostics(in, strings));
    }

    private static void page(Page p, StringTable.Writer strings) {
        strings.write(p.file());
    }

    private static Page page(CacheIn in, StringTable.Reader strings, Map<String, Page> byFile) {
        String file = strings.read();
        Page p = byFile.get(file);
        if (p == null) {
            throw new Missing(file);
        }
        return p;
    }

    private static void pages(List<Page> pages, CacheOut out, StringTable.Writer strings) {
        out.writeInt(pages.size());
        for (Page p : pages) {
            page(p, strings);
        }
    }

    private static List<Page> pages(CacheIn in, StringTable.Reader strings, Map<String, Page> byFile) {
        List<Page> pages = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            pages.add(page(in, strings, byFile));
        }
        return pages;
    }

    private static void quotes(List<QuoteInfo> quotes, CacheOut out, StringTable.Writer strings) {
        out.writeInt(quotes.size());
        for (QuoteInfo q : quotes) {
            strings.writeNullable(q.text());
            strings.writeNullable(q.speaker());
            page(q.page(), strings);
        }
    }

    private static List<QuoteInfo> quotes(CacheIn in, StringTable.Reader strings, Map<String, Page> byFile) {
        List<QuoteInfo> quotes = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            quotes.add(new QuoteInfo(strings.readNullable(), strings.readNullable(), page(in, strings, byFile)));
        }
        return quotes;
    }

    private static void terms(List<Term> terms, CacheOut out, StringTable.Writer strings) {
        out.writeInt(terms.size());
        for (Term t : terms) {
            strings.write(t.term());
            strings.write(t.definition());
        }
    }

    private static List<Term> terms(CacheIn in, StringTable.Reader strings) {
        List<Term> terms = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            terms.add(new Term(strings.read(), strings.read()));
        }
        return terms;
    }

    private static void counts(Map<String, Integer> counts, CacheOut out, StringTable.Writer strings) {
        out.writeInt(counts.size());
        for (var e : counts.entrySet()) {
            strings.write(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    private static Map<String, Integer> counts(CacheIn in, StringTable.Reader strings) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            counts.put(strings.read(), in.readInt());
        }
        return counts;
    }
}
