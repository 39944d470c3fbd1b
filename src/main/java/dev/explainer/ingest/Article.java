package dev.explainer.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One article read from a seed, before it becomes a content page.
 *
 * @param seed       the seed path relative to the project root
 * @param seedHash   hash of the seed (and its sidecar), to tell when it changed
 * @param line       the headline's line in the seed
 * @param story      the running story named by the kicker, or null
 * @param date       publication date, or null when the seed does not say
 * @param paragraphs body paragraphs as written, kicker and byline removed
 */
public record Article(String seed, String seedHash, int line, String title, String slug, String story, LocalDate date,
                      String author, String source, String dateline, List<String> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Summaries longer than this are cut at a word: a summary is a lede and a meta description. */
    static final int MAX_SUMMARY = 400;

    /** The lede: the first paragraph, without its wire dateline. */
    public String summary() {
        if (paragraphs.isEmpty()) {
            return "";
        }
        String lede = withoutDateline(paragraphs.get(0));
        if (lede.length() <= MAX_SUMMARY) {
            return lede;
        }
        int cut = lede.lastIndexOf(' ', MAX_SUMMARY);
        return lede.substring(0, cut > 0 ? cut : MAX_SUMMARY) + "…";
    }

    /** The text without the wire dateline it starts with, if it does: the dateline is a byline, not news. */
    public String withoutDateline(String text) {
        if (dateline != null && text.startsWith(dateline)) {
            return text.substring(dateline.length()).replaceFirst("^\\s*[-–—]+\\s*", "");
        }
        return text;
    }
}
