package dev.explainer.render;

import java.util.List;

/**
 * A page that lists one kind of thing: a glossary, quotes, a timeline, a directory of entities,
 * or the archive of articles. Only the list for its kind is filled; the others are empty.
 *
 * @param story    the story it belongs to, or null for a site-wide list
 * @param chart    for a timeline, the chart of its dated events
 */
public record ListView(String title, Link story, List<TermView> terms, List<QuoteView> quotes,
                       List<EventView> events, TimelineChart chart, List<EntityLink> entities,
                       List<ArticleLink> articles) {
    public ListView {
        terms = List.copyOf(terms);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        entities = List.copyOf(entities);
        articles = List.copyOf(articles);
    }

    static ListView of(String title, Link story) {
        return new ListView(title, story, List.of(), List.of(), List.of(), null, List.of(), List.of());
    }

    ListView withTerms(List<TermView> t) {
        return new ListView(title, story, t, quotes, events, chart, entities, articles);
    }

    ListView withQuotes(List<QuoteView> q) {
        return new ListView(title, story, terms, q, events, chart, entities, articles);
    }

    ListView withEvents(List<EventView> e, TimelineChart c) {
        return new ListView(title, story, terms, quotes, e, c, entities, articles);
    }

    ListView withEntities(List<EntityLink> e) {
        return new ListView(title, story, terms, quotes, events, chart, e, articles);
    }

    ListView withArticles(List<ArticleLink> a) {
        return new ListView(title, story, terms, quotes, events, chart, entities, a);
    }
}
