package dev.explainer.extract;

import java.util.Objects;

/**
 * A direct quotation.
 *
 * @param text      the words inside the quote marks; paragraphs of a long quote joined by a blank line
 * @param speaker   id of the speaking entity, or null when unknown
 * @param paragraph 0-based index of the paragraph where the quote starts
 */
public record Quote(String text, String speaker, int paragraph) {
    public Quote {
        Objects.requireNonNull(text, "text");
    }
}
