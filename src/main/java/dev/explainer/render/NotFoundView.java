package dev.explainer.render;

/** The page a static host serves for a missing address. */
public record NotFoundView(String title, String archive) {
}
