package dev.explainer.render;

/** A key quote: the words, who said them (null when unknown), and the article it is from. */
public record QuoteView(String text, EntityLink speaker, Link article) {
}
