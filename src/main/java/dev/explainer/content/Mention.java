package dev.explainer.content;

import dev.explainer.diag.SourcePos;
import dev.explainer.extract.EntityKind;
import java.util.List;

/** A person, organisation or place as one page's front matter names it (before site-wide merging). */
public record Mention(String id, String name, EntityKind kind, String role, List<String> aliases, SourcePos pos) {
    public Mention {
        aliases = List.copyOf(aliases);
    }
}
