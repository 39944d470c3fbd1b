package dev.explainer.render;

/**
 * A running story in the navigation every page has: its name and hub only, so that a new article,
 * which changes a story's count and newest article, does not change every page of the site.
 */
public record StoryTab(String name, String url) {
}
