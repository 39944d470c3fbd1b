package dev.explainer.render;

import java.util.List;

/**
 * Site-wide values every template sees as {@code site}; URLs relative to the current page.
 *
 * @param sections the site-wide explainer lists that have entries: People, Organisations, Places, Glossary
 */
public record SiteView(String title, String description, String language, String home, String css,
                       List<StoryLink> stories, List<Link> sections) {
    public SiteView {
        stories = List.copyOf(stories);
        sections = List.copyOf(sections);
    }
}
