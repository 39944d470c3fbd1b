package dev.explainer.render;

import java.util.List;

/** A story hub: the story and its coverage, newest first. */
public record StoryView(String title, String summary, List<ArticleLink> articles) {
    public StoryView {
        articles = List.copyOf(articles);
    }
}
