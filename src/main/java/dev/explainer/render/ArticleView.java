package dev.explainer.render;

import java.util.List;

/**
 * One article page.
 *
 * @param body     the rendered HTML body (already escaped by the Markdown renderer)
 * @param story    link to the story hub, or null for a standalone page
 * @param previous the story's previous article, or null
 * @param next     the story's next article, or null
 * @param terms    the glossary terms used in the article; each has the anchor its mentions point to
 * @param related  related coverage, most related first
 */
public record ArticleView(String title, String summary, String date, String dateText, String author, String source,
                          String dateline, String body, Link story, ArticleLink previous, ArticleLink next,
                          List<EntityLink> people, List<EntityLink> organisations, List<EntityLink> places,
                          List<TermView> terms, List<ArticleLink> related) {
    public ArticleView {
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
        terms = List.copyOf(terms);
        related = List.copyOf(related);
    }

    /** The same page with its body drawn. */
    ArticleView withBody(String html) {
        return new ArticleView(title, summary, date, dateText, author, source, dateline, html, story, previous, next,
                people, organisations, places, terms, related);
    }
}
