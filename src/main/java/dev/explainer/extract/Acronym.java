package dev.explainer.extract;

/** An acronym defined in the text, with where its long form stands so names inside it are not counted twice. */
record Acronym(String shortForm, String longForm, int paragraph, int longStart, int longEnd) {
}
