package dev.explainer.render;

/** A running story in a list: its hub, how many articles it has and its newest one. */
public record StoryLink(String name, String url, int count, ArticleLink latest) {
}
