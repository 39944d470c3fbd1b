package dev.explainer.extract;

/** One sentence of a paragraph, as character offsets into that paragraph. */
record Sentence(int paragraph, int start, int end, String text) {
}
