package dev.explainer.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One content page as the site knows it. The Markdown body is not held here: it is read again
 * when the page is rendered, so a large site keeps only titles, URLs and dates in memory.
 *
 * @param file     path of the content file relative to the project root
 * @param bodyLine the file line where the Markdown body starts
 * @param story    the running story's name, or null for an article of no story
 * @param date     publication date as written, or null when undated
 * @param published when it was published, a date alone at midnight in the site's time zone; null when undated
 * @param updated  when it was last changed ('updated:'), or null when it was not
 * @param expires  from when it is no longer published ('expires:'), or null
 * @param standalone 'type: page': not an article (About, Contact), so in no list of articles, feed or related coverage
 * @param url      output path relative to the site root, from {@link Urls}
 * @param facts    the explainer data: people, places, quotes, glossary, timeline
 * @param lines    where its slug and story are written, for diagnostics about its URL
 */
public record Page(String file, int bodyLine, String title, String slug, String story, String summary,
                   LocalDate date, OffsetDateTime published, OffsetDateTime updated, Instant expires, String author,
                   String source, String dateline, boolean draft, boolean standalone, String url, Facts facts,
                   Lines lines) {

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

    /** The last change: 'updated:', else the publication; null when undated and never updated. */
    public OffsetDateTime modified() {
        return updated != null ? updated : published;
    }
}
