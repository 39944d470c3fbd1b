package dev.explainer.extract;

/** A short form the text defines, with where its long form stands and how sure the definition is. */
record Acronym(String shortForm, String longForm, int paragraph, int longStart, int longEnd, double confidence) {
}
