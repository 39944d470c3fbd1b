package dev.explainer.render;

/**
 * A feed a page announces with {@code <link rel="alternate">}.
 *
 * @param type "application/atom+xml" or "application/rss+xml"
 * @param url  relative to the page
 */
public record FeedLink(String title, String url, String type) {
}
