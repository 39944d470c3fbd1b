package dev.explainer.extract;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place named in an article.
 *
 * @param id       stable slug of the canonical name, see {@link Slugs#slug(String)}
 * @param role     title or office held, such as "US President"; null when none was seen
 * @param aliases  other surface forms seen in the article, never including {@code name}
 * @param mentions   how many times the entity is mentioned
 * @param confidence how sure the extractor is of the entity and its kind, from 0 to 1
 */
public record Entity(String id, String name, EntityKind kind, String role, List<String> aliases, int mentions,
                     double confidence) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
    }
}
