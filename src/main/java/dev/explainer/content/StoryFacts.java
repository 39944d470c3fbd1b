package dev.explainer.content;

import java.util.List;
import java.util.Map;

/**
 * The explainer of one running story.
 *
 * @param entities keys of its people, organisations and places, most prominent first
 * @param articles per entity key: how many of the story's articles mention it
 * @param said     per entity key: how many of the story's quotes it said (absent when none)
 * @param together pairs among the story's most prominent people that appear in the same articles
 * @param timeline dated events in date order, then undated ones in article order
 */
public record StoryFacts(List<String> entities, Map<String, Integer> articles, Map<String, Integer> said,
                         List<Together> together, List<QuoteInfo> quotes, List<Term> glossary, List<Event> timeline) {
    static final StoryFacts NONE = new StoryFacts(List.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of());

    public StoryFacts {
        entities = List.copyOf(entities);
        articles = Map.copyOf(articles);
        said = Map.copyOf(said);
        together = List.copyOf(together);
        quotes = List.copyOf(quotes);
        glossary = List.copyOf(glossary);
        timeline = List.copyOf(timeline);
    }

    /** Two people (entity keys, {@code a} the more prominent) and how many of the story's articles mention both. */
    public record Together(String a, String b, int articles) {
    }
}
