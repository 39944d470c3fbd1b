package dev.explainer.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reference to a day, as written, with the resolved date when the article date is known.
 *
 * @param sentence   the sentence the reference appears in, for timelines
 * @param confidence how sure the resolution is, from 0 to 1 (0 when there is no date)
 * @param basis      how the day was resolved, for the editor
 */
public record DateRef(String text, LocalDate date, int paragraph, String sentence, double confidence, String basis) {
    public DateRef {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(basis, "basis");
    }
}
