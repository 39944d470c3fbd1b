package dev.explainer.content;

import dev.explainer.diag.SourcePos;

/** A key quote on one page; {@code speaker} is an entity id, or null when the speaker is unknown. */
public record Said(String text, String speaker, SourcePos pos) {
}
