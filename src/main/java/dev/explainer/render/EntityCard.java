package dev.explainer.render;

/**
 * A person, organisation or place with its counts, where a page shows them (a directory, a story hub).
 *
 * @param kind   "person", "organisation" or "place"
 * @param count  how many articles mention it (in the list's context: on a story hub, the story's articles)
 * @param quotes how many key quotes it said (in the same context)
 */
public record EntityCard(String id, String name, String url, String role, String kind, int count, int quotes) {
}
