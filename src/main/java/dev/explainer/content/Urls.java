package dev.explainer.content;

import dev.explainer.extract.EntityKind;
import dev.explainer.extract.Slugs;
import java.util.Set;

/**
 * The one owner of output paths and links. Every page lives at {@code dir/index.html} (pretty
 * URLs), and every link is relative, so the same site works from disk, under a sub-path and at a
 * domain root. Links name {@code index.html} explicitly because file:// does not serve directories.
 */
public final class Urls {
    /** Top-level names the site itself uses; a story or page with such a slug gets a suffix. */
    static final Set<String> RESERVED = Set.of("assets", "people", "organisations", "places", "glossary",
            "quotes", "timeline", "archive", "search", "static", "index.html", "404.html", "feed.xml", "rss.xml",
            "sitemap.xml", "news-sitemap.xml", "robots.txt");

    /** Pages every story hub has beside its articles. */
    static final Set<String> STORY_PARTS = Set.of("glossary", "quotes", "timeline");

    private Urls() {
    }

    public static String home() {
        return "index.html";
    }

    public static String story(String storyName) {
        return topLevel(Slugs.slug(storyName)) + "/index.html";
    }

    /** A story's article at story/slug/, a standalone page at slug/. */
    public static String page(String story, String slug) {
        String s = Slugs.slug(slug);
        if (story == null) {
            return topLevel(s) + "/index.html";
        }
        return topLevel(Slugs.slug(story)) + "/" + (STORY_PARTS.contains(s) ? s + "-article" : s) + "/index.html";
    }

    /** people/id/, organisations/id/ or places/id/. */
    public static String entity(EntityKind kind, String id) {
        return folder(kind) + "/" + Slugs.slug(id) + "/index.html";
    }

    /** The site-wide list of one kind of entity. */
    public static String directory(EntityKind kind) {
        return folder(kind) + "/index.html";
    }

    private static String folder(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "people";
            case ORGANISATION -> "organisations";
            case PLACE -> "places";
        };
    }

    /** Every page, newest first. */
    public static String archive() {
        return "archive/index.html";
    }

    public static String glossary() {
        return "glossary/index.html";
    }

    /** A story's own glossary, quotes or timeline page: story/glossary/ and so on. */
    public static String storyPart(String storyName, String part) {
        return topLevel(Slugs.slug(storyName)) + "/" + part + "/index.html";
    }

    public static String asset(String name) {
        return "assets/" + name;
    }

    /** The search page; it works without a server, from the index next to it. */
    public static String search() {
        return "search/index.html";
    }

    /** The search index, a script (not JSON) so that the search page can load it from disk. */
    public static String searchIndex() {
        return "search/search-index.js";
    }

    /** The page static hosts serve for a missing path. */
    public static String notFound() {
        return "404.html";
    }

    /** The site's Atom feed: the newest articles of every story. */
    public static String feed() {
        return "feed.xml";
    }

    /** The site's RSS 2.0 feed, the same articles as {@link #feed()}. */
    public static String rss() {
        return "rss.xml";
    }

    /** A story's Atom feed, beside its hub. */
    public static String storyFeed(String storyName) {
        return topLevel(Slugs.slug(storyName)) + "/feed.xml";
    }

    public static String storyRss(String storyName) {
        return topLevel(Slugs.slug(storyName)) + "/rss.xml";
    }

    /** The sitemap, or with more than 50,000 pages the index of its parts. */
    public static String sitemap() {
        return "sitemap.xml";
    }

    /** Part {@code n} (from 1) of a sitemap too big for one file. */
    public static String sitemapPart(int n) {
        return "sitemap-" + n + ".xml";
    }

    /** The Google News sitemap: the articles of the last two days. */
    public static String newsSitemap() {
        return "news-sitemap.xml";
    }

    public static String robots() {
        return "robots.txt";
    }

    /** A page's address as a folder ("iraq-crisis/" for "iraq-crisis/index.html"), the home page's "". */
    public static String pretty(String path) {
        if (path.equals("index.html")) {
            return "";
        }
        return path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    /** The link from the page at {@code from} to {@code to}; both are paths from the site root. */
    public static String relative(String from, String to) {
        int depth = (int) from.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + to;
    }

    private static String topLevel(String slug) {
        return RESERVED.contains(slug) ? slug + "-story" : slug;
    }
}
