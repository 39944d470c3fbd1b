package dev.explainer.content;

/**
 * Which pages a build publishes, and where.
 *
 * @param drafts  include pages marked {@code draft: true}
 * @param future  include pages dated after the site clock's now
 * @param clock   the site's now, for scheduled and expired pages and the news sitemap
 * @param baseUrl overrides site.yaml's base_url (a deploy preview), already normalized; null to keep it
 */
public record Publishing(boolean drafts, boolean future, SiteClock clock, String baseUrl) {
    public static final Publishing DEFAULT = new Publishing(false, false, SiteClock.system(), null);

    public Publishing {
        if (clock == null) {
            throw new IllegalArgumentException("clock is required");
        }
    }

    /** A build that shows what is not published yet must not be indexed by search engines. */
    public boolean preview() {
        return drafts || future;
    }
}
