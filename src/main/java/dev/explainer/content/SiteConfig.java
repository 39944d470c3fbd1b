package dev.explainer.content;

/**
 * Site-wide settings from {@code content/site.yaml}; every key is optional.
 *
 * @param title       the site's name in the header and page titles
 * @param description one line for the home page and its meta description
 * @param language    the pages' lang attribute
 */
public record SiteConfig(String title, String description, String language) {
    public static final SiteConfig DEFAULT = new SiteConfig("News explainers", "", "en");
}
