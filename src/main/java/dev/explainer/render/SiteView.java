package dev.explainer.render;

import java.util.List;

/**
 * Site-wide values every template sees as {@code site}; URLs relative to the current page.
 *
 * @param stories  every running story, by name and hub
 * @param pages    the pages that are no articles ('type: page': About, Contact), by title: the footer links them
 * @param sections the site-wide explainer lists that have entries: People, Organisations, Places, Glossary
 * @param search   the search page
 * @param feed     the site's Atom feed, or null when there is none (no base URL, or nothing dated)
 * @param rss      the same as RSS 2.0, or null
 */
public record SiteView(String title, String description, String language, String home, String css,
                       List<StoryTab> stories, List<Link> pages, List<Link> sections, String search, String feed, String rss) {
    public SiteView {
        stories = List.copyOf(stories);
        pages = List.copyOf(pages);
        sections = List.copyOf(sections);
    }
}
