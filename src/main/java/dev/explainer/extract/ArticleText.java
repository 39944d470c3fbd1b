package dev.explainer.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The plain text of one article: title, paragraphs in order, and its date when known. */
public record ArticleText(String title, List<String> paragraphs, LocalDate date) {
    public ArticleText {
        title = title == null ? "" : title;
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    }
}
