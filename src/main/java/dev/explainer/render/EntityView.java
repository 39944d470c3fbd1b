package dev.explainer.render;

import java.util.List;

/**
 * The page of one person, organisation or place.
 *
 * @param kind      "person", "organisation" or "place"
 * @param kindLabel "Person", "Organisation" or "Place"
 * @param quotes    its quotes on this page (of {@code quoteCount})
 * @param articles  the articles that mention it on this page (of {@code articleCount}), newest first
 * @param directory the site-wide list of its kind
 * @param pager     where this page stands among the entity's pages; null when one page holds all
 */
public record EntityView(String id, String name, String kind, String kindLabel, String role, String description,
                         List<QuoteView> quotes, int quoteCount, List<ArticleLink> articles, int articleCount,
                         List<EntityLink> people, List<EntityLink> organisations, List<EntityLink> places,
                         Link directory, Pager pager) {
    public EntityView {
        quotes = List.copyOf(quotes);
        articles = List.copyOf(articles);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
    }
}
