package dev.explainer.publish;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Atom (RFC 4287) and RSS 2.0 feeds. Entries carry their full summary, a stable id (the article's
 * permanent address) and {@code updated}; a feed's {@code updated} is its newest entry's, never the
 * build time, so an unchanged site builds to the same bytes.
 */
public final class Feeds {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    /** RFC 3339, as Atom, sitemaps and JSON-LD want it: seconds, and the offset ("Z" for UTC). */
    public static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private Feeds() {
    }

    /**
     * What a feed is about.
     *
     * @param atomUrl  the Atom feed's own address; {@code rssUrl} likewise
     * @param homeUrl  the page the feed follows (the home page, a story's hub)
     * @param logo     an absolute URL, or null
     */
    public record Channel(String title, String subtitle, String atomUrl, String rssUrl, String homeUrl,
                          String language, String publisher, String logo) {
    }

    /**
     * One article in a feed.
     *
     * @param author   its byline, or null for the publisher
     * @param category the running story's slug and name, or null
     */
    public record Entry(String url, String title, String summary, OffsetDateTime published, OffsetDateTime updated,
                        String author, String category, String categoryLabel) {
        public Entry {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(published, "published");
        }

        OffsetDateTime modified() {
            return updated != null && updated.isAfter(published) ? updated : published;
        }
    }

    /** The feed's date: its newest entry's. */
    static OffsetDateTime updated(List<Entry> entries) {
        return entries.stream().map(Entry::modified).max(Comparator.comparing(OffsetDateTime::toInstant)).orElseThrow();
    }

    /** @param entries newest first, at least one */
    public static byte[] atom(Channel c, List<Entry> entries) {
        Xml x = new Xml();
        x.start("feed", "xmlns", ATOM, "xml:lang", c.language());
        x.text("id", c.atomUrl());
        x.text("title", c.title());
        if (c.subtitle() != null && !c.subtitle().isBlank()) {
            x.text("subtitle", c.subtitle());
        }
        x.empty("link", "rel", "alternate", "type", "text/html", "href", c.homeUrl());
        x.empty("link", "rel", "self", "type", "application/atom+xml", "href", c.atomUrl());
        x.text("updated", W3C.format(updated(entries)));
        x.start("author").text("name", c.publisher()).end();
        x.text("generator", "explainer");
        x.text("logo", c.logo());
        for (Entry e : entries) {
            x.start("entry");
            x.text("id", e.url());
            x.text("title", e.title());
            x.empty("link", "rel", "alternate", "type", "text/html", "href", e.url());
            x.text("published", W3C.format(e.published()));
            x.text("updated", W3C.format(e.modified()));
            x.start("author").text("name", e.author() != null ? e.author() : c.publisher()).end();
            if (e.category() != null) {
                x.empty("category", "term", e.category(), "label", e.categoryLabel());
            }
            if (e.summary() != null && !e.summary().isBlank()) {
                x.text("summary", e.summary(), "type", "text");
            }
            x.end();
        }
        return x.bytes();
    }

    /** RSS 2.0 with the Atom self link RSS validators ask for; a byline goes in dc:creator (RSS's author is an e-mail). */
    public static byte[] rss(Channel c, List<Entry> entries) {
        Xml x = new Xml();
        x.start("rss", "version", "2.0", "xmlns:atom", ATOM, "xmlns:dc", DC);
        x.start("channel");
        x.text("title", c.title());
        x.text("link", c.homeUrl());
        x.text("description", c.subtitle() != null && !c.subtitle().isBlank() ? c.subtitle() : c.title());
        x.text("language", c.language());
        x.text("lastBuildDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(updated(entries)));
        x.text("generator", "explainer");
        x.empty("atom:link", "href", c.rssUrl(), "rel", "self", "type", "application/rss+xml");
        if (c.logo() != null) {
            x.start("image").text("url", c.logo()).text("title", c.title()).text("link", c.homeUrl()).end();
        }
        for (Entry e : entries) {
            x.start("item");
            x.text("title", e.title());
            x.text("link", e.url());
            x.text("guid", e.url(), "isPermaLink", "true");
            x.text("pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(e.published()));
            x.text("dc:creator", e.author() != null ? e.author() : c.publisher());
            x.text("category", e.categoryLabel());
            if (e.summary() != null && !e.summary().isBlank()) {
                x.text("description", e.summary());
            }
            x.end();
        }
        return x.bytes();
    }
}
