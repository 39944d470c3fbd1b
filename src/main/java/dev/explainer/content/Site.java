package dev.explainer.content;

import dev.explainer.frontmatter.EntityNote;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the renderer needs, loaded once and never changed.
 *
 * @param pages      every published page, newest first (undated last)
 * @param articles   the pages that are articles (not 'type: page'), in the same order: what lists, feeds and
 *                   related coverage are made of
 * @param stories    running stories, the one with the newest article first
 * @param explainer  who's who, quotes, glossary, timelines and related coverage
 * @param notes      what entities.yaml says: with the pages and stories, all the explainer is made from
 * @param now        the site clock's now, which decided what is published and what is news
 * @param preview    drafts or future pages are shown: the build must not be indexed
 * @param leftOut    pages that exist but are not published now (drafts, scheduled, expired)
 * @param versions   the SHA-256 of each page's text, by file: a page whose version is unchanged has the same body
 */
public record Site(SiteConfig config, List<Page> pages, List<Page> articles, List<Story> stories, Explainer explainer,
                   Map<String, EntityNote> notes, Instant now, boolean preview, List<LeftOut> leftOut,
                   Instant stableUntil, Map<String, String> versions) {
    /** An article is news (in the Google News sitemap) for this long after it is published. */
    public static final Duration NEWS_WINDOW = Duration.ofDays(2);

    public Site {
        pages = List.copyOf(pages);
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        leftOut = List.copyOf(leftOut);
        notes = Map.copyOf(notes);
        versions = Map.copyOf(versions);
    }
}
