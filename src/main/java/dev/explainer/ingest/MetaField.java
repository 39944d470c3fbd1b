package dev.explainer.ingest;

import dev.explainer.diag.SourcePos;

/** A date/author/source/story/slug value a newsroom added in a seed header or sidecar, with where it was written. */
public record MetaField(String key, String value, SourcePos pos) {
}
