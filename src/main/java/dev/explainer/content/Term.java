package dev.explainer.content;

/** A glossary entry: "ISIS" = "Islamic State of Iraq and Syria". */
public record Term(String term, String definition) {
}
