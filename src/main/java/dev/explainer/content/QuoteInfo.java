package dev.explainer.content;

/** A key quote with its speaker's entity key (null when unknown) and the page it is from. */
public record QuoteInfo(String text, String speaker, Page page) {
}
