package dev.explainer.content;

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
            "quotes", "timeline", "search", "static", "index.html", "404.html");

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
        return story == null ? topLevel(s) + "/index.html" : topLevel(Slugs.slug(story)) + "/" + s + "/index.html";
    }

    public static String asset(String name) {
        return "assets/" + name;
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
