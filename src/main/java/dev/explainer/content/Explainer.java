package dev.explainer.content;

import dev.explainer.extract.EntityKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's explainer index, built once at load: every entity, every story's facts, each page's
 * related coverage, and the site-wide glossary.
 *
 * @param entities  by key ({@link #key}), in key order
 * @param stories   by story slug
 * @param related   by page file: the most related other pages, best first
 * @param canonical a page-level entity key -> its site-wide key (keys not listed are site-wide already)
 */
public record Explainer(Map<String, EntityInfo> entities, Map<String, StoryFacts> stories,
                        Map<String, List<Page>> related, Map<String, String> canonical, List<Term> glossary) {

    public Explainer {
        entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        stories = Map.copyOf(stories);
        related = Map.copyOf(related);
        canonical = Map.copyOf(canonical);
        glossary = List.copyOf(glossary);
    }

    /** Entities are told apart by kind and id: the person Jordan is not the place Jordan. */
    public static String key(EntityKind kind, String id) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }

    /** The site-wide entity a page's mention means, or null when there is none (it had errors). */
    public EntityInfo entity(Mention m) {
        String k = key(m.kind(), m.id());
        return entities.get(canonical.getOrDefault(k, k));
    }

    public StoryFacts story(String slug) {
        return stories.getOrDefault(slug, StoryFacts.NONE);
    }
}
