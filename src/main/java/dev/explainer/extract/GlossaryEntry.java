package dev.explainer.extract;

import java.util.Objects;

/** A term the article defines, such as an acronym and its expansion. */
public record GlossaryEntry(String term, String definition) {
    public GlossaryEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(definition, "definition");
    }
}
