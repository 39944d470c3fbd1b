package dev.explainer.render;

import java.util.List;

/**
 * A story hub: the story explained.
 *
 * @param articles      coverage, newest first
 * @param people        its people, most prominent first, with counts of articles and quotes within the story
 *                      (likewise organisations, places)
 * @param together      who appears with whom among its most prominent people
 * @param quotes        key quotes (the first few; all of them are on the quotes page)
 * @param quoteCount    how many quotes the story has in all
 * @param timeline      dated events, numbered as on the chart, then undated ones
 * @param glossaryUrl   the story's glossary page, or null when it has no terms (likewise quotesUrl, timelineUrl)
 */
public record StoryView(String title, String summary, List<ArticleLink> articles, List<EntityCard> people,
                        List<EntityCard> organisations, List<EntityCard> places, TogetherChart together,
                        List<QuoteView> quotes, int quoteCount,
                        List<TermView> glossary, List<EventView> timeline, TimelineChart chart,
                        String glossaryUrl, String quotesUrl, String timelineUrl) {
    public StoryView {
        articles = List.copyOf(articles);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
        quotes = List.copyOf(quotes);
        glossary = List.copyOf(glossary);
        timeline = List.copyOf(timeline);
    }
}
