package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import dev.explainer.bench.SyntheticCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long lists (the archive, a story's timeline and quotes, an entity's quotes and coverage) are split
 * into pages of bounded size at page/2/, page/3/, ...: every item is on exactly one page, the pages
 * link to each other, and only the first is in the sitemap.
 */
class PaginationTest {
    private static final int ARTICLES = 360;
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        Path project = tmp.resolve("project");
        SyntheticCorpus.generate(ARTICLES, (path, text) -> TestFiles.write(project.resolve("seeds").resolve(path), text));
        TestFiles.write(project.resolve("content/site.yaml"), "title: Paged news\nbase_url: https://news.example.org/\n");
        TestFiles.Run run = TestFiles.run("build", "-q", "--project", project.toString());
        assertEquals(0, run.code(), run.err());
        site = project.resolve("site");
    }

    @Test
    void theArchiveHoldsEveryArticleOnceAcrossItsPages() {
        List<Document> pages = pages("archive/index.html");
        assertEquals(4, pages.size(), "360 articles, 100 to a page");
        List<String> articles = new ArrayList<>();
        for (Document page : pages) {
            page.select("main ol.articles > li > a").forEach(a -> articles.add(a.absUrl("href")));
        }
        assertEquals(ARTICLES, articles.size());
        assertEquals(ARTICLES, new HashSet<>(articles).size(), "no article on two pages");
        assertEquals("All articles (page 2 of 4) · " + siteTitle(), pages.get(1).title());
        assertEquals("2", pages.get(1).selectFirst("nav.pages a[aria-current=page]").text());
    }

    @Test
    void aTimelineIsSplitAndItsEventsAreNumberedAcrossPages() {
        Path timeline = largestTimeline();
        List<Document> pages = pages(site.relativize(timeline).toString());
        assertTrue(pages.size() > 1, "a story with more than 100 events has several timeline pages");
        int expected = 1;
        for (Document page : pages) {
            List<Element> events = page.select("ol.events > li[id]");
            assertTrue(events.size() <= 100);
            for (Element e : events) {
                assertEquals("event-" + expected++, e.id(), "numbering goes on from the page before");
            }
        }
        Matcher total = Pattern.compile(": (\\d+) events? from the coverage").matcher(pages.get(0).selectFirst("meta[name=description]").attr("content"));
        assertTrue(total.find());
        int all = pages.stream().mapToInt(p -> p.select("ol.events > li").size()).sum();
        assertEquals(Integer.parseInt(total.group(1)), all, "every event is on one page");
    }

    @Test
    void aStorysQuotesAreSplitFiftyToAPage() {
        Path quotes = largestTimeline().resolveSibling("../quotes/index.html").normalize();
        List<Document> pages = pages(site.relativize(quotes).toString());
        assertTrue(pages.size() > 1);
        pages.forEach(p -> assertTrue(p.select("ul.quotes > li").size() <= 50));
        Matcher total = Pattern.compile("All (\\d+) quotes").matcher(parse(quotes.resolveSibling("../index.html").normalize()).text());
        assertTrue(total.find());
        assertEquals(Integer.parseInt(total.group(1)), pages.stream().mapToInt(p -> p.select("ul.quotes > li").size()).sum());
    }

    @Test
    void theLongestEntityPageIsSplitWithItsCountsWhole() {
        Path entity = largestEntity();
        List<Document> pages = pages(site.relativize(entity).toString());
        assertTrue(pages.size() > 1, "the entity in most articles fills several pages");
        Matcher counts = Pattern.compile("In (\\d+) articles?(?: · (\\d+) quotes?)? · page 1 of (\\d+)")
                .matcher(pages.get(0).selectFirst("p.meta").text());
        assertTrue(counts.find(), pages.get(0).selectFirst("p.meta").text());
        assertEquals(pages.size(), Integer.parseInt(counts.group(3)));
        assertEquals(Integer.parseInt(counts.group(1)), pages.stream().mapToInt(p -> p.select("section.coverage li").size()).sum());
        assertEquals(counts.group(2) == null ? 0 : Integer.parseInt(counts.group(2)), pages.stream().mapToInt(p -> p.select("section.key-quotes ul.quotes > li").size()).sum());
    }

    @Test
    void onlyTheFirstPageIsInTheSitemapAndEachNamesItselfCanonical() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("/archive/"));
        assertFalse(sitemap.contains("/page/2/"));
        Document second = Jsoup.parse(site.resolve("archive/page/2/index.html").toFile(), "UTF-8");
        assertTrue(second.selectFirst("link[rel=canonical]").attr("href").endsWith("/archive/page/2/"),
                second.selectFirst("link[rel=canonical]").attr("href"));
    }

    /** A list's pages in order, found by following its rel=next links; each page's rel=prev leads back. */
    private static List<Document> pages(String first) {
        List<Document> pages = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        Path file = site.resolve(first).normalize();
        while (file != null) {
            assertFalse(files.contains(file), "no loop in the pages");
            Document d = parse(file);
            Element prev = d.selectFirst("nav.pages a[rel=prev]");
            if (files.isEmpty()) {
                assertEquals(null, prev, "the first page has no previous page");
            } else {
                assertEquals(files.get(files.size() - 1), file.resolveSibling(prev.attr("href")).normalize());
            }
            files.add(file);
            pages.add(d);
            Element next = d.selectFirst("nav.pages a[rel=next]");
            file = next == null ? null : file.resolveSibling(next.attr("href")).normalize();
        }
        return pages;
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String siteTitle() {
        return parse(site.resolve("index.html")).selectFirst("meta[property=og:site_name]").attr("content");
    }

    private static Path largestTimeline() {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith("/timeline/index.html"))
                    .max((a, b) -> Long.compare(size(a), size(b))).orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The entity page that counts the most articles. */
    private static Path largestEntity() {
        return Stream.of("people", "organisations", "places").flatMap(PaginationTest::list)
                .map(d -> d.resolve("index.html")).filter(Files::isRegularFile)
                .max((a, b) -> Integer.compare(articleCount(a), articleCount(b))).orElseThrow();
    }

    private static int articleCount(Path entityPage) {
        Element meta = parse(entityPage).selectFirst("p.meta");
        Matcher m = Pattern.compile("In (\\d+) articles?").matcher(meta == null ? "" : meta.text());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Stream<Path> list(String folder) {
        try {
            return Files.list(site.resolve(folder));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
