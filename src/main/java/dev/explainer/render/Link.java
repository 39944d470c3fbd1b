package dev.explainer.render;

/** A titled link, already relative to the page it appears on. */
public record Link(String title, String url) {
}
