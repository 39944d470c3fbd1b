package dev.explainer.extract;

/** Grammatical gender of a person as far as a first name or honorific tells; used for he/she. */
enum Gender { MALE, FEMALE, UNKNOWN }
