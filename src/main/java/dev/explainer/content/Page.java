package dev.explainer.content;

import java.time.LocalDate;

/**
 * One content page as the site knows it. The Markdown body is not held here: it is read again
 * when the page is rendered, so a large site keeps only titles, URLs and dates in memory.
 *
 * @param file     path of the content file relative to the project root
 * @param bodyLine the file line where the Markdown body starts
 * @param story    the running story's name, or null for a standalone page
 * @param date     publication date, or null when undated
 * @param url      output path relative to the site root, from {@link Urls}
 * @param facts    the explainer data: people, places, quotes, glossary, timeline
 * @param lines    where its slug and story are written, for diagnostics about its URL
 */
public record Page(String file, int bodyLine, String title, String slug, String story, String summary,
                   LocalDate date, String author, String source, String dateline, boolean draft, String url,
                   Facts facts, Lines lines) {

    /** The file lines of the fields that decide a page's URLs (1 when the field is not written). */
    public record Lines(int slug, int story) {
    }

    public Page {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
    }

    public boolean dated() {
        return date != null;
    }
}
