package dev.explainer.render;

import java.util.List;

/** A running story on the home page: what it is about and who is in it, with its newest article. */
public record StoryCard(String name, String url, String summary, int count, ArticleLink latest, List<EntityCard> people) {
    public StoryCard {
        people = List.copyOf(people);
    }
}
