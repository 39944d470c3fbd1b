package dev.explainer.content;

import java.util.List;

/**
 * The explainer of one running story.
 *
 * @param entities keys of its people, organisations and places, most prominent first
 * @param timeline dated events in date order, then undated ones in article order
 */
public record StoryFacts(List<String> entities, List<QuoteInfo> quotes, List<Term> glossary, List<Event> timeline) {
    static final StoryFacts NONE = new StoryFacts(List.of(), List.of(), List.of(), List.of());

    public StoryFacts {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        glossary = List.copyOf(glossary);
        timeline = List.copyOf(timeline);
    }
}
