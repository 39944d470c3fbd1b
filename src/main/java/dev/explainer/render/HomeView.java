package dev.explainer.render;

import java.util.List;

/**
 * The home page: running stories and the latest articles; {@code archive} lists them all.
 */
public record HomeView(String title, List<StoryCard> stories, List<ArticleLink> latest, String archive) {
    public HomeView {
        stories = List.copyOf(stories);
        latest = List.copyOf(latest);
    }
}
