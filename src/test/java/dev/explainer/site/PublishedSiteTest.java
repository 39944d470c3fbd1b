package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dev.explainer.TestFiles;
import dev.explainer.Validators;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample and the golden newsroom, built with the site clock pinned, judged by real parsers:
 * ROME reads every feed, sitemaps validate against the sitemaps.org (and Google News) schemas,
 * every JSON-LD block parses, and every page carries its canonical link, description and Open Graph tags.
 */
class PublishedSiteTest {
    static final String GOLDEN_BASE = "https://explainer.example.org/portmere/";
    static final String SAMPLE_BASE = "https://news.example.org/";

    @TempDir
    static Path tmp;
    static Map<String, String> golden;
    static Map<String, String> sample;

    @BeforeAll
    static void build() {
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), tmp.resolve("golden"));
        TestFiles.Run run = TestFiles.run("build", "-q", "--now", "2025-05-04", "--project", tmp.resolve("golden").toString());
        assertEquals(0, run.code(), run.err());
        golden = TestFiles.tree(tmp.resolve("golden/site"));
        TestFiles.copyTree(Path.of("seeds"), tmp.resolve("sample/seeds"));
        TestFiles.copyTree(Path.of("content"), tmp.resolve("sample/content"));
        run = TestFiles.run("build", "-q", "--now", "2014-06-15T09:00", "--project", tmp.resolve("sample").toString());
        assertEquals(0, run.code(), run.err());
        sample = TestFiles.tree(tmp.resolve("sample/site"));
    }

    static List<String> pages(Map<String, String> site) {
        return site.keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }

    @Test
    void everyFeedParsesWithRome() {
        for (Map<String, String> site : List.of(golden, sample)) {
            List<String> feeds = site.keySet().stream().filter(p -> p.endsWith("feed.xml") || p.endsWith("rss.xml")).toList();
            assertFalse(feeds.isEmpty());
            for (String path : feeds) {
                SyndFeed feed = Validators.feed(site.get(path));
                assertEquals(path.endsWith("feed.xml") ? "atom_1.0" : "rss_2.0", feed.getFeedType(), path);
                assertFalse(feed.getEntries().isEmpty(), path);
                for (SyndEntry e : feed.getEntries()) {
                    assertTrue(e.getLink().startsWith("https://"), e.getLink());
                    assertNotNull(e.getPublishedDate(), path + " " + e.getTitle());
                    assertFalse(e.getDescription().getValue().isBlank(), path + " " + e.getTitle());
                }
            }
        }
    }

    @Test
    void siteFeedCarriesTheNewestArticlesUpToFeedEntries() {
        SyndFeed atom = Validators.feed(golden.get("feed.xml"));
        // site.yaml: feed_entries: 3; four articles are dated, two are not
        assertEquals(List.of("Lights show closes first night of Portmere festival",
                        "Harbour festival returns to Portmere after five years", "Ostren threatens sanctions over Keldas dam"),
                atom.getEntries().stream().map(SyndEntry::getTitle).toList());
        SyndEntry first = atom.getEntries().get(0);
        assertEquals(GOLDEN_BASE + "portmere-festival/lights-show-closes-first-night-of-portmere-festival/", first.getUri());
        assertNotNull(first.getUpdatedDate());
        assertEquals("Portmere Desk", first.getAuthor());
        assertEquals("A drone light show closed the first night of the festival.", first.getDescription().getValue());
        assertEquals(OffsetDateTime.parse("2025-05-03T00:00:00+02:00").toInstant(), first.getPublishedDate().toInstant());
        assertEquals(first.getUpdatedDate(), atom.getPublishedDate(), "the feed's updated is its newest entry's");
        SyndFeed story = Validators.feed(golden.get("valdoria-water-dispute/feed.xml"));
        assertEquals(2, story.getEntries().size(), "the story's two dated articles");
        assertEquals(List.of(GOLDEN_BASE + "valdoria-water-dispute/"), story.getLinks().stream()
                .filter(l -> "alternate".equals(l.getRel())).map(l -> l.getHref()).toList());
        SyndFeed rss = Validators.feed(golden.get("rss.xml"));
        assertEquals(atom.getEntries().stream().map(SyndEntry::getLink).toList(),
                rss.getEntries().stream().map(SyndEntry::getLink).toList());
    }

    @Test
    void feedsAreTheSameBytesWhenNothingChanged() {
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), tmp.resolve("again"));
        TestFiles.Run run = TestFiles.run("build", "-q", "--now", "2026-01-01", "--project", tmp.resolve("again").toString());
        assertEquals(0, run.code(), run.err());
        Map<String, String> again = TestFiles.tree(tmp.resolve("again/site"));
        for (String feed : List.of("feed.xml", "rss.xml", "portmere-festival/feed.xml", "sitemap.xml")) {
            assertEquals(golden.get(feed), again.get(feed), feed + " must not depend on the clock");
        }
    }

    @Test
    void sitemapValidatesAndListsEveryPageButSearchAnd404() {
        for (Map<String, String> site : List.of(golden, sample)) {
            String xml = site.get("sitemap.xml");
            assertNull(Validators.xsdProblem(xml, "sitemap.xsd"));
            Set<String> listed = new TreeSet<>(Jsoup.parse(xml, "", Parser.xmlParser()).select("loc")
                    .eachText());
            String base = site == golden ? GOLDEN_BASE : SAMPLE_BASE;
            Set<String> expected = pages(site).stream().filter(p -> !p.equals("404.html") && !p.equals("search/index.html"))
                    .map(p -> base + p.replaceFirst("index\\.html$", "")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, listed);
        }
        assertTrue(golden.get("sitemap.xml").contains("<loc>" + GOLDEN_BASE + "valdoria-water-dispute/</loc>\n"
                + "    <lastmod>2025-03-10T00:00:00+01:00</lastmod>"), golden.get("sitemap.xml"));
    }

    @Test
    void newsSitemapHasTheArticlesOfTheLastTwoDaysAndValidates() {
        String xml = golden.get("news-sitemap.xml");
        assertNull(Validators.xsdProblem(xml, "sitemap.xsd", "sitemap-news.xsd"));
        // now = the end of 2025-05-04 in Europe/Berlin: 3 May is in the window, 2 May is not
        assertEquals(List.of(GOLDEN_BASE + "portmere-festival/lights-show-closes-first-night-of-portmere-festival/"),
                Jsoup.parse(xml, "", Parser.xmlParser()).select("url > loc").eachText());
        assertTrue(xml.contains("<news:publication_date>2025-05-03T00:00:00+02:00</news:publication_date>"), xml);
        assertTrue(xml.contains("<news:name>Portmere Explainer Newsroom</news:name>"), xml);
        assertTrue(sample.get("news-sitemap.xml").contains("iraq-crisis-iran-us-join-fight-against-isis-militants/"));
    }

    @Test
    void robotsTxtPointsAtTheSitemaps() {
        assertEquals("User-agent: *\nDisallow:\n\nSitemap: " + GOLDEN_BASE + "sitemap.xml\nSitemap: " + GOLDEN_BASE
                + "news-sitemap.xml\n", golden.get("robots.txt"));
    }

    @Test
    void everyJsonLdBlockParsesAndSaysWhatItIs() {
        int articles = 0;
        for (Map<String, String> site : List.of(golden, sample)) {
            for (String path : pages(site)) {
                Document doc = Jsoup.parse(site.get(path));
                List<JsonObject> blocks = Validators.jsonLd(doc);
                assertEquals(1, blocks.size(), path);
                JsonObject ld = blocks.get(0);
                assertEquals("https://schema.org", ld.get("@context").getAsString(), path);
                String type = ld.get("@type").getAsString();
                assertTrue(ld.has("name") || ld.has("headline"), path);
                if (type.equals("NewsArticle")) {
                    articles++;
                    assertEquals(doc.selectFirst("h1").text(), ld.get("headline").getAsString(), path);
                    assertTrue(ld.has("publisher") && ld.has("author"), path);
                    if (!doc.select("article.article > header time").isEmpty()) {
                        assertTrue(OffsetDateTime.parse(ld.get("datePublished").getAsString()).getOffset() != null, path);
                        OffsetDateTime.parse(ld.get("dateModified").getAsString());
                    }
                }
                if (type.equals("CollectionPage")) {
                    assertTrue(ld.getAsJsonObject("mainEntity").has("@type"), path);
                }
            }
        }
        assertEquals(6, articles, "5 golden articles in stories or dated, and the sample's");
    }

    @Test
    void articleJsonLdNamesTheExtractedEntities() {
        JsonObject ld = Validators.jsonLd(Jsoup.parse(sample.get(
                "iraq-crisis/iraq-crisis-iran-us-join-fight-against-isis-militants/index.html"))).get(0);
        assertEquals("NewsArticle", ld.get("@type").getAsString());
        assertEquals("2014-06-14T00:00:00+01:00", ld.get("datePublished").getAsString());
        assertEquals("Iraq crisis", ld.get("articleSection").getAsString());
        assertEquals(List.of("ISIS", "Iraq", "Iran", "United States"), names(ld.getAsJsonArray("about")));
        List<String> mentions = names(ld.getAsJsonArray("mentions"));
        assertTrue(mentions.containsAll(List.of("Hassan Rouhani", "Barack Obama", "Nuri al-Maliki", "The Guardian")), mentions.toString());
        JsonObject rouhani = find(ld.getAsJsonArray("mentions"), "Hassan Rouhani");
        assertEquals("Person", rouhani.get("@type").getAsString());
        assertEquals("President", rouhani.get("jobTitle").getAsString());
        assertEquals(SAMPLE_BASE + "people/hassan-rouhani/", rouhani.get("url").getAsString());
        JsonObject person = Validators.jsonLd(Jsoup.parse(sample.get("people/hassan-rouhani/index.html"))).get(0);
        assertEquals("Person", person.get("@type").getAsString());
        assertEquals(rouhani.get("@id"), person.get("@id"), "the article and the entity page name the same person");
        assertEquals("NewsArticle", person.getAsJsonArray("subjectOf").get(0).getAsJsonObject().get("@type").getAsString());
        JsonObject place = Validators.jsonLd(Jsoup.parse(golden.get("places/ostren/index.html"))).get(0);
        assertEquals("Place", place.get("@type").getAsString());
        JsonObject org = Validators.jsonLd(Jsoup.parse(golden.get("organisations/vwa/index.html"))).get(0);
        assertEquals("Organization", org.get("@type").getAsString());
        JsonObject hub = Validators.jsonLd(Jsoup.parse(golden.get("valdoria-water-dispute/index.html"))).get(0);
        assertEquals("CollectionPage", hub.get("@type").getAsString());
        assertEquals(3, hub.getAsJsonObject("mainEntity").get("numberOfItems").getAsInt());
        JsonObject golden1 = Validators.jsonLd(Jsoup.parse(golden.get(
                "valdoria-water-dispute/valdoria-dam-talks-collapse-as-ostren-walks-out/index.html"))).get(0);
        assertEquals("2025-03-07T00:00:00+01:00", golden1.get("datePublished").getAsString());
        assertEquals(GOLDEN_BASE + "assets/logo.svg", golden1.getAsJsonObject("publisher").getAsJsonObject("logo")
                .get("url").getAsString());
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        TestFiles.files(tmp.resolve("script"), """
                -- content/a.md --
                ---
                title: 'Why </script><script>alert(1)</script> is text'
                summary: 'A <!-- comment --> and </script> in a summary'
                date: 2025-01-01
                ---

                Body.
                """);
        TestFiles.Run run = TestFiles.run("build", "-q", "--base-url", "https://example.org/", "--project",
                tmp.resolve("script").toString());
        assertEquals(0, run.code(), run.err());
        Document doc = Jsoup.parse(TestFiles.read(tmp.resolve("script/site/a/index.html")));
        assertEquals(1, doc.select("script").size(), "no script element may be injected");
        JsonObject ld = Validators.jsonLd(doc).get(0);
        assertEquals("Why </script><script>alert(1)</script> is text", ld.get("headline").getAsString());
        assertEquals("A <!-- comment --> and </script> in a summary", ld.get("description").getAsString());
    }

    @Test
    void everyPageHasCanonicalDescriptionAndOpenGraph() {
        for (Map<String, String> site : List.of(golden, sample)) {
            String base = site == golden ? GOLDEN_BASE : SAMPLE_BASE;
            for (String path : pages(site)) {
                Document doc = Jsoup.parse(site.get(path));
                assertFalse(doc.title().isBlank(), path);
                String description = doc.selectFirst("meta[name=description]").attr("content");
                assertFalse(description.isBlank(), path);
                assertEquals(description, doc.selectFirst("meta[property=og:description]").attr("content"), path);
                assertFalse(doc.selectFirst("meta[property=og:title]").attr("content").isBlank(), path);
                assertEquals("summary", doc.selectFirst("meta[name=twitter:card]").attr("content"), path);
                if (path.equals("404.html")) {
                    assertTrue(doc.select("link[rel=canonical]").isEmpty());
                    continue;
                }
                String canonical = base + path.replaceFirst("index\\.html$", "");
                assertEquals(canonical, doc.selectFirst("link[rel=canonical]").attr("href"), path);
                assertEquals(canonical, doc.selectFirst("meta[property=og:url]").attr("content"), path);
            }
        }
        Document article = Jsoup.parse(golden.get("portmere-festival/harbour-festival-returns-to-portmere-after-five-years/index.html"));
        assertEquals("article", article.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("2025-05-02T00:00:00+02:00", article.selectFirst("meta[property=article:published_time]").attr("content"));
        assertEquals(List.of("../../portmere-festival/feed.xml", "../../portmere-festival/rss.xml", "../../feed.xml", "../../rss.xml"),
                article.select("link[rel=alternate]").eachAttr("href"));
    }

    @Test
    void notFoundPageWorksAtAnyAddressThroughItsBase() {
        Document doc = Jsoup.parse(golden.get("404.html"));
        assertEquals("/portmere/", doc.selectFirst("base").attr("href"));
        assertEquals("noindex", doc.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("assets/style.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void searchIndexListsArticlesStoriesAndEntities() {
        String js = golden.get("search/search-index.js");
        assertTrue(js.startsWith("/* explainer search index"), js);
        String json = js.substring(js.indexOf('=') + 1, js.lastIndexOf(';')).strip();
        JsonObject index = JsonParser.parseString(json).getAsJsonObject();
        List<String> titles = new ArrayList<>();
        for (JsonElement e : index.getAsJsonArray("pages")) {
            JsonObject p = e.getAsJsonObject();
            titles.add(p.get("t").getAsString());
            assertTrue(golden.containsKey(p.get("u").getAsString().replaceFirst("#.*", "")), p.toString());
        }
        assertTrue(titles.containsAll(List.of("Harbour festival returns to Portmere after five years", "Portmere festival",
                "Anika Brandt", "About this site", "VWA")), titles.toString());
        assertTrue(json.contains("{\"t\":\"VWA\",\"s\":\"Glossary\",\"u\":\"glossary/index.html#term-vwa\""), json);
        assertFalse(titles.contains("Embargoed story"), "drafts are not searchable");
        Document search = Jsoup.parse(golden.get("search/index.html"));
        assertTrue(search.selectFirst("form#search-form").hasAttr("hidden"), "without JavaScript there is no search box");
        assertTrue(search.select(".browse a").eachText().containsAll(List.of("Portmere festival", "All articles", "People")));
    }

    private static List<String> names(JsonArray things) {
        List<String> names = new ArrayList<>();
        things.forEach(t -> names.add(t.getAsJsonObject().get("name").getAsString()));
        return names;
    }

    private static JsonObject find(JsonArray things, String name) {
        for (JsonElement t : things) {
            if (t.getAsJsonObject().get("name").getAsString().equals(name)) {
                return t.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + name + " in " + things);
    }
}
