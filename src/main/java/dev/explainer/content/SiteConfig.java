package dev.explainer.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Site-wide settings from {@code content/site.yaml}; every key is optional.
 *
 * @param title       the site's name in the header and page titles
 * @param description one line for the home page and its meta description
 * @param language    the pages' lang attribute (a BCP 47 tag: "en", "en-GB")
 * @param baseUrl     where the site is published, ending in '/', for feeds, sitemaps and canonical
 *                    links (pages link relatively whatever it is); null when not known
 * @param publisher   the news organisation, in feeds, structured data and the news sitemap
 * @param logo        the publisher's logo: a path in the site ("assets/logo.png") or an absolute URL; null for none
 * @param author      the byline of articles that have none; null for none
 * @param timeZone    the newsroom's zone: a date without a time means midnight there
 * @param feedEntries how many of the newest articles a feed carries
 * @param brokenLinks whether a broken internal link or an orphan page fails the build (ERROR) or is only reported
 */
public record SiteConfig(String title, String description, String language, String baseUrl, String publisher,
                         String logo, String author, ZoneId timeZone, int feedEntries, LinkPolicy brokenLinks) {

    public static final String DEFAULT_TITLE = "News explainers";
    public static final SiteConfig DEFAULT = new SiteConfig(DEFAULT_TITLE, "", "en", null, DEFAULT_TITLE, null, null,
            ZoneOffset.UTC, 20, LinkPolicy.ERROR);

    /** What a broken internal link or an orphan page is. */
    public enum LinkPolicy {
        ERROR, WARNING;

        public boolean isError() {
            return this == ERROR;
        }
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, language, url, publisher, logo, author, timeZone, feedEntries, brokenLinks);
    }

    /** The language subtag alone, lower case ("en" for "en-GB"), as the news sitemap wants it. */
    public String primaryLanguage() {
        String tag = language.toLowerCase(Locale.ROOT).replace('_', '-');
        if (tag.equals("zh-cn") || tag.equals("zh-tw")) {
            return tag;
        }
        int dash = tag.indexOf('-');
        return dash > 0 ? tag.substring(0, dash) : tag;
    }

    /**
     * An absolute http(s) URL, made to end in '/': "https://example.org/news" is the folder
     * "https://example.org/news/".
     *
     * @throws IllegalArgumentException with a message for a reader when it is not such a URL
     */
    public static String normalizeBaseUrl(String text) {
        String s = text.strip();
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + s + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + s + "' is not an absolute http or https URL (like https://example.org/news/)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("'" + s + "' must not have a query, a fragment or a user name");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path += "/";
        }
        return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path;
    }
}
