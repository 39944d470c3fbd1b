package dev.explainer.content;

import dev.explainer.extract.EntityKind;
import java.util.List;

/**
 * One person, organisation or place across the whole site, after merging every page's mentions
 * with content/entities.yaml.
 *
 * @param articles   pages that mention it, newest first
 * @param quotes     what it said, in article order
 * @param companions keys of the entities it appears with most, most frequent first
 */
public record EntityInfo(String id, String name, EntityKind kind, String role, String description, String url,
                         List<Page> articles, List<QuoteInfo> quotes, List<String> companions) {
    public EntityInfo {
        articles = List.copyOf(articles);
        quotes = List.copyOf(quotes);
        companions = List.copyOf(companions);
    }

    public String key() {
        return Explainer.key(kind, id);
    }
}
