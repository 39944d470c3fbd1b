package dev.explainer.content;

import java.time.LocalDate;

/**
 * A dated reference in an article, for the timeline.
 *
 * @param when  the words the article used ("on Friday")
 * @param date  the date they resolve to, or null when the article's date is unknown
 * @param event the sentence that says what happened
 */
public record Moment(String when, LocalDate date, String event) {
}
