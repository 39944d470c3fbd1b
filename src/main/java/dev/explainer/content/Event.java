package dev.explainer.content;

import java.time.LocalDate;

/** A timeline entry: when (resolved date, or null with the words the article used), what, and where it is told. */
public record Event(LocalDate date, String when, String text, Page page) {
}
