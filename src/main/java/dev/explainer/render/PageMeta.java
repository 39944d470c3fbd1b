package dev.explainer.render;

import java.util.List;

/**
 * What a page says about itself to search engines, feed readers and link previews; every template
 * sees it as {@code meta}. Absolute URLs ({@code canonical}, {@code image}) are null when the site
 * has no base URL.
 *
 * @param title       the page's own title, without the site's name (og:title)
 * @param type        the Open Graph type: "article", "profile" or "website"
 * @param published   ISO date-time with offset, for articles; else null ({@code modified} likewise)
 * @param section     an article's running story, or null
 * @param feeds       the feeds that follow this page, its story's first
 * @param robots      "noindex" for pages search engines should skip, else null
 * @param base        the {@code <base href>} of a page served at any address (404.html), else null
 * @param jsonLd      the page's JSON-LD, safe to print raw inside {@code <script>}
 */
public record PageMeta(String title, String description, String canonical, String type, String published,
                       String modified, String section, String image, List<FeedLink> feeds, String robots,
                       String base, String jsonLd) {
    public PageMeta {
        feeds = List.copyOf(feeds);
    }
}
