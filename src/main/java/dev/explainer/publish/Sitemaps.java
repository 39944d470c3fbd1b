package dev.explainer.publish;

import dev.explainer.content.Urls;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9), split into parts under a sitemap index past 50,000 URLs,
 * and the Google News sitemap of the articles of the last two days.
 */
public final class Sitemaps {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** The protocol's limit of URLs in one sitemap file (and of sitemaps in one index). */
    public static final int MAX_URLS = 50_000;
    /** Google News reads at most this many articles from one news sitemap. */
    public static final int MAX_NEWS = 1000;

    private Sitemaps() {
    }

    /** A page to list: its path in the site and its last change (null when unknown). */
    public record Url(String path, OffsetDateTime modified) {
        public Url {
            Objects.requireNonNull(path, "path");
        }
    }

    /** An article for the news sitemap. */
    public record NewsArticle(String path, String title, OffsetDateTime published) {
    }

    /** @return site path -> bytes: just sitemap.xml, or an index and its parts */
    public static Map<String, byte[]> sitemaps(List<Url> urls, AbsoluteUrls abs) {
        return sitemaps(urls, abs, MAX_URLS);
    }

    static Map<String, byte[]> sitemaps(List<Url> urls, AbsoluteUrls abs, int perFile) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (urls.size() <= perFile) {
            files.put(Urls.sitemap(), urlset(urls, abs));
            return files;
        }
        List<Url> parts = new ArrayList<>();
        for (int start = 0, n = 1; start < urls.size(); start += perFile, n++) {
            List<Url> part = urls.subList(start, Math.min(urls.size(), start + perFile));
            files.put(Urls.sitemapPart(n), urlset(part, abs));
            parts.add(new Url(Urls.sitemapPart(n), newest(part)));
        }
        Xml x = new Xml();
        x.start("sitemapindex", "xmlns", NS);
        for (Url p : parts) {
            x.start("sitemap").text("loc", abs.of(p.path()));
            x.text("lastmod", p.modified() == null ? null : Feeds.W3C.format(p.modified()));
            x.end();
        }
        Map<String, byte[]> withIndex = new LinkedHashMap<>();
        withIndex.put(Urls.sitemap(), x.bytes());
        withIndex.putAll(files);
        return withIndex;
    }

    private static OffsetDateTime newest(List<Url> urls) {
        return urls.stream().map(Url::modified).filter(Objects::nonNull)
                .max(Comparator.comparing(OffsetDateTime::toInstant)).orElse(null);
    }

    private static byte[] urlset(List<Url> urls, AbsoluteUrls abs) {
        Xml x = new Xml();
        x.start("urlset", "xmlns", NS);
        for (Url u : urls) {
            x.start("url").text("loc", abs.of(u.path()));
            x.text("lastmod", u.modified() == null ? null : Feeds.W3C.format(u.modified()));
            x.end();
        }
        return x.bytes();
    }

    /**
     * The Google News sitemap.
     *
     * @param articles the articles published in the last two days, newest first (at most {@link #MAX_NEWS} are listed)
     * @param language the publication's ISO 639 language ("en", or "zh-cn" / "zh-tw")
     */
    public static byte[] news(List<NewsArticle> articles, AbsoluteUrls abs, String publication, String language) {
        Xml x = new Xml();
        x.start("urlset", "xmlns", NS, "xmlns:news", NEWS);
        for (NewsArticle a : articles.subList(0, Math.min(MAX_NEWS, articles.size()))) {
            x.start("url").text("loc", abs.of(a.path()));
            x.start("news:news");
            x.start("news:publication").text("news:name", publication).text("news:language", language).end();
            x.text("news:publication_date", Feeds.W3C.format(a.published()));
            x.text("news:title", a.title());
            x.end().end();
        }
        return x.bytes();
    }

    /**
     * robots.txt: crawl everything and read the sitemaps, or, for a preview that shows drafts or
     * scheduled pages, crawl nothing. Crawlers read it only at a domain root.
     */
    public static byte[] robots(AbsoluteUrls abs, List<String> sitemaps, boolean preview) {
        StringBuilder b = new StringBuilder("User-agent: *\n");
        b.append(preview ? "Disallow: /\n" : "Disallow:\n");
        if (!preview && !sitemaps.isEmpty()) {
            b.append('\n');
            sitemaps.forEach(s -> b.append("Sitemap: ").append(abs.of(s)).append('\n'));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
