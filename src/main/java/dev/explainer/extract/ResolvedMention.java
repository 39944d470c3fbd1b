package dev.explainer.extract;

/** A mention tied to the entity it names. */
record ResolvedMention(Mention mention, String entityId, EntityKind kind, Gender gender) {
}
