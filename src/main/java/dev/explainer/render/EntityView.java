package dev.explainer.render;

import java.util.List;

/**
 * The page of one person, organisation or place.
 *
 * @param kind      "person", "organisation" or "place"
 * @param kindLabel "Person", "Organisation" or "Place"
 * @param articles  every article that mentions it, newest first
 * @param directory the site-wide list of its kind
 */
public record EntityView(String id, String name, String kind, String kindLabel, String role, String description,
                         List<QuoteView> quotes, List<ArticleLink> articles, List<EntityLink> people,
                         List<EntityLink> organisations, List<EntityLink> places, Link directory) {
    public EntityView {
        quotes = List.copyOf(quotes);
        articles = List.copyOf(articles);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
    }
}
