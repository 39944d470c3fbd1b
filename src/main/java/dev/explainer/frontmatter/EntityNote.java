package dev.explainer.frontmatter;

import dev.explainer.extract.EntityKind;
import java.util.List;

/**
 * What {@code content/entities.yaml} says about one entity, for every article at once. Null
 * fields leave what the articles say.
 */
public record EntityNote(String id, String name, EntityKind kind, String role, String description, List<String> aliases) {
    public EntityNote {
        aliases = List.copyOf(aliases);
    }
}
