package dev.explainer.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reference to a day, as written, with the resolved date when the article date is known.
 *
 * @param sentence the sentence the reference appears in, for timelines
 */
public record DateRef(String text, LocalDate date, int paragraph, String sentence) {
    public DateRef {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
    }
}
