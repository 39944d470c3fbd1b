package dev.explainer.extract;

/** The kinds of named entity the extractor recognises. */
public enum EntityKind { PERSON, ORGANISATION, PLACE }
