package dev.explainer.publish;

import dev.explainer.content.Urls;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Absolute URLs of site paths, for what leaves the site (feeds, sitemaps, canonical links, Open
 * Graph, JSON-LD). Pages link to each other relatively whatever the base URL is; without one these
 * absolute URLs are not known, and what needs them is left out.
 */
public final class AbsoluteUrls {
    private final String base;

    /** @param base a normalized base URL ending in '/', or null when not known */
    public AbsoluteUrls(String base) {
        this.base = base;
    }

    public boolean known() {
        return base != null;
    }

    public String base() {
        return base;
    }

    /** The site's path on its host: "/" at a domain root, "/sub/" under a sub-path; null when unknown. */
    public String basePath() {
        return base == null ? null : URI.create(base).getRawPath();
    }

    /** The host, for feed ids and the like; null when unknown. */
    public String host() {
        return base == null ? null : URI.create(base).getHost();
    }

    /**
     * The address of a file of the site: pages as folders ("https://example.org/iraq-crisis/"),
     * other files as they are; each path segment percent-encoded. Null when the base URL is unknown.
     */
    public String of(String sitePath) {
        if (base == null) {
            return null;
        }
        return base + encode(Urls.pretty(sitePath));
    }

    /** An absolute URL as it is, or a site path made absolute (a logo may be either); null when neither. */
    public String resolve(String pathOrUrl) {
        if (pathOrUrl == null) {
            return null;
        }
        if (pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")) {
            return pathOrUrl;
        }
        return of(pathOrUrl.startsWith("/") ? pathOrUrl.substring(1) : pathOrUrl);
    }

    static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
