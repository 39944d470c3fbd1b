package dev.explainer.render;

/** A glossary entry; {@code anchor} is the id of its definition on the page. */
public record TermView(String term, String definition, String anchor) {
}
