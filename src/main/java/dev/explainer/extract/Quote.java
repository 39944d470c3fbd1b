package dev.explainer.extract;

import java.util.Objects;

/**
 * A direct quotation.
 *
 * @param text      the words inside the quote marks; paragraphs of a long quote joined by a blank line
 * @param speaker   id of the speaking entity, or null when unknown
 * @param paragraph  0-based index of the paragraph where the quote starts
 * @param confidence how sure the attribution to {@code speaker} is, from 0 to 1 (0 without one)
 * @param basis      how the speaker was found, for the editor
 */
public record Quote(String text, String speaker, int paragraph, double confidence, String basis) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(basis, "basis");
    }

    Quote withSpeaker(String id, double sure, String how) {
        return new Quote(text, id, paragraph, sure, how);
    }
}
