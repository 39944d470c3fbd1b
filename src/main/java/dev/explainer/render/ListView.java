package dev.explainer.render;

import java.util.List;

/**
 * A page that lists one kind of explainer item: a glossary, quotes, a timeline or a directory of
 * entities. Only the list for its kind is filled; the others are empty.
 *
 * @param story    the story it belongs to, or null for a site-wide list
 * @param chart    for a timeline, the chart of its dated events
 */
public record ListView(String title, Link story, List<TermView> terms, List<QuoteView> quotes,
                       List<EventView> events, TimelineChart chart, List<EntityLink> entities) {
    public ListView {
        terms = List.copyOf(terms);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        entities = List.copyOf(entities);
    }
}
