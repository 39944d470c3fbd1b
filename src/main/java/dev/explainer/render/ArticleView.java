package dev.explainer.render;

/**
 * One article page.
 *
 * @param body     the rendered HTML body (already escaped by the Markdown renderer)
 * @param story    link to the story hub, or null for a standalone page
 * @param previous the story's previous article, or null
 * @param next     the story's next article, or null
 */
public record ArticleView(String title, String summary, String date, String dateText, String author, String source,
                          String dateline, String body, Link story, ArticleLink previous, ArticleLink next) {
}
