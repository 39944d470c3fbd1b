package dev.explainer.render;

/**
 * A person, organisation or place in a list that shows no counts (an article's, an entity's companions,
 * a quote's speaker): without them, a new article changes only the pages that show what it changed.
 *
 * @param kind "person", "organisation" or "place"
 */
public record EntityLink(String id, String name, String url, String role, String kind) {
}
