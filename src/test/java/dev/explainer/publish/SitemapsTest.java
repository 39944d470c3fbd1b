package dev.explainer.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.Validators;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SitemapsTest {
    private static final AbsoluteUrls ABS = new AbsoluteUrls("https://example.org/sub/");

    private static List<Sitemaps.Url> urls(int n) {
        List<Sitemaps.Url> urls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            urls.add(new Sitemaps.Url("p" + i + "/index.html", OffsetDateTime.parse("2025-01-01T00:00:00Z").plusDays(i)));
        }
        return urls;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void oneFileUpToTheLimit() {
        Map<String, byte[]> files = Sitemaps.sitemaps(urls(3), ABS, 3);
        assertEquals(List.of("sitemap.xml"), List.copyOf(files.keySet()));
        String xml = text(files.get("sitemap.xml"));
        assertNull(Validators.xsdProblem(xml, "sitemap.xsd"));
        assertEquals(List.of("https://example.org/sub/p0/", "https://example.org/sub/p1/", "https://example.org/sub/p2/"),
                Jsoup.parse(xml, "", Parser.xmlParser()).select("loc").eachText());
    }

    @Test
    void pastTheLimitAnIndexOfParts() {
        Map<String, byte[]> files = Sitemaps.sitemaps(urls(5), ABS, 2);
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"), List.copyOf(files.keySet()));
        String index = text(files.get("sitemap.xml"));
        assertNull(Validators.xsdProblem(index, "siteindex.xsd"));
        assertEquals(List.of("https://example.org/sub/sitemap-1.xml", "https://example.org/sub/sitemap-2.xml",
                "https://example.org/sub/sitemap-3.xml"), Jsoup.parse(index, "", Parser.xmlParser()).select("loc").eachText());
        assertTrue(index.contains("<lastmod>2025-01-05T00:00:00Z</lastmod>"), index);
        for (int n = 1; n <= 3; n++) {
            assertNull(Validators.xsdProblem(text(files.get("sitemap-" + n + ".xml")), "sitemap.xsd"));
        }
        assertEquals(1, Jsoup.parse(text(files.get("sitemap-3.xml")), "", Parser.xmlParser()).select("url").size());
    }

    @Test
    void theProtocolLimitIsFiftyThousand() {
        assertEquals(50_000, Sitemaps.MAX_URLS);
        Map<String, byte[]> files = Sitemaps.sitemaps(urls(Sitemaps.MAX_URLS + 1), ABS);
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"), List.copyOf(files.keySet()));
        assertNull(Validators.xsdProblem(text(files.get("sitemap-1.xml")), "sitemap.xsd"));
    }

    @Test
    void addressesArePercentEncoded() {
        String xml = text(Sitemaps.sitemaps(List.of(new Sitemaps.Url("новости/index.html", null)), ABS).get("sitemap.xml"));
        assertTrue(xml.contains("<loc>https://example.org/sub/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/</loc>"), xml);
        assertNull(Validators.xsdProblem(xml, "sitemap.xsd"));
    }

    @Test
    void textThatXmlCannotCarryIsDropped() {
        byte[] news = Sitemaps.news(List.of(new Sitemaps.NewsArticle("a/index.html", "Bell\u0007 & <whistle>",
                OffsetDateTime.parse("2025-01-01T10:00:00+01:00"))), ABS, "The Times", "en");
        String xml = text(news);
        assertTrue(xml.contains("<news:title>Bell &amp; &lt;whistle&gt;</news:title>"), xml);
        assertNull(Validators.xsdProblem(xml, "sitemap.xsd", "sitemap-news.xsd"));
    }
}
