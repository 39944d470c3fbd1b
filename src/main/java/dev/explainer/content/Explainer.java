package dev.explainer.content;

import java.util.List;
import java.util.Map;

/**
 * The site's explainer index, built once at load: every entity, every story's facts, each page's
 * related coverage, and the site-wide glossary.
 *
 * @param entities  by canonical id, in id order
 * @param stories   by story slug
 * @param related   by page file: the most related other pages, best first
 * @param canonical page-level entity id -> canonical id (ids not listed are canonical already)
 */
public record Explainer(Map<String, EntityInfo> entities, Map<String, StoryFacts> stories,
                        Map<String, List<Page>> related, Map<String, String> canonical, List<Term> glossary) {

    public static final Explainer NONE = new Explainer(Map.of(), Map.of(), Map.of(), Map.of(), List.of());

    public Explainer {
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
        stories = Map.copyOf(stories);
        related = Map.copyOf(related);
        canonical = Map.copyOf(canonical);
        glossary = List.copyOf(glossary);
    }

    public String canonical(String id) {
        return canonical.getOrDefault(id, id);
    }

    public StoryFacts story(String slug) {
        return stories.getOrDefault(slug, StoryFacts.NONE);
    }
}
