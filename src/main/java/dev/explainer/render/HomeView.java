package dev.explainer.render;

import java.util.List;

/** The home page: running stories and the latest articles. */
public record HomeView(String title, List<StoryLink> stories, List<ArticleLink> latest) {
    public HomeView {
        stories = List.copyOf(stories);
        latest = List.copyOf(latest);
    }
}
