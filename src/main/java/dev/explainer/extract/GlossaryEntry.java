package dev.explainer.extract;

import java.util.Objects;

/**
 * A term the article defines: an acronym and its expansion, or a term and the gloss the writer
 * set beside it.
 *
 * @param acronym    the text defines {@code term} as a short form of {@code definition}
 * @param confidence how sure the extractor is that this is a term and its definition, from 0 to 1
 */
public record GlossaryEntry(String term, String definition, boolean acronym, double confidence) {
    public GlossaryEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(definition, "definition");
    }
}
