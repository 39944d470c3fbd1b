package dev.explainer.render;

import java.util.List;

/**
 * A page that lists one kind of thing: a glossary, quotes, a timeline, a directory of entities,
 * or the archive of articles. Only the list for its kind is filled; the others are empty.
 *
 * @param story    the story it belongs to, or null for a site-wide list
 * @param chart    for a timeline, the chart of its dated events
 * @param pager    where this page stands among the list's pages; null when the list fits one page
 */
public record ListView(String title, Link story, List<TermView> terms, List<QuoteView> quotes,
                       List<EventView> events, TimelineChart chart, List<EntityCard> entities,
                       List<ArticleLink> articles, Pager pager) {
    public ListView {
        terms = List.copyOf(terms);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        entities = List.copyOf(entities);
        articles = List.copyOf(articles);
    }

    static ListView of(String title, Link story) {
        return new ListView(title, story, List.of(), List.of(), List.of(), null, List.of(), List.of(), null);
    }

    ListView withTerms(List<TermView> t) {
        return new ListView(title, story, t, quotes, events, chart, entities, articles, pager);
    }

    ListView withQuotes(List<QuoteView> q) {
        return new ListView(title, story, terms, q, events, chart, entities, articles, pager);
    }

    ListView withEvents(List<EventView> e, TimelineChart c) {
        return new ListView(title, story, terms, quotes, e, c, entities, articles, pager);
    }

    ListView withEntities(List<EntityCard> e) {
        return new ListView(title, story, terms, quotes, events, chart, e, articles, pager);
    }

    ListView withPager(Pager p) {
        return new ListView(title, story, terms, quotes, events, chart, entities, articles, p);
    }

    ListView withArticles(List<ArticleLink> a) {
        return new ListView(title, story, terms, quotes, events, chart, entities, a, pager);
    }
}
