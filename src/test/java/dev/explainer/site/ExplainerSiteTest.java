package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explainer built from the user's sample: who's who, quotes with speakers, glossary, places, links. */
class ExplainerSiteTest {
    static final String ARTICLE = "iraq-crisis/iraq-crisis-iran-us-join-fight-against-isis-militants/index.html";
    static final String PAGE = "content/iraq-crisis/iraq-crisis-iran-us-join-fight-against-isis-militants.md";
    static final Map<String, String> SPEAKERS = Map.of(
            "If we see that", "Hassan Rouhani",
            "We have said that", "Hassan Rouhani",
            "We will not be sending", "Barack Obama",
            "No specific request", "Hassan Rouhani");

    @TempDir
    Path tmp;

    @BeforeEach
    void build() {
        TestFiles.copyTree(Path.of("seeds"), tmp.resolve("seeds"));
        TestFiles.Run run = TestFiles.run("build", "-q", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
    }

    private Document page(String path) {
        return Jsoup.parse(TestFiles.read(tmp.resolve("site").resolve(path)));
    }

    /** Quote (by the first words it starts with, from SPEAKERS) -> the speaker named under it. */
    private static Map<String, String> quotes(Document doc) {
        return doc.select("ul.quotes > li").stream().collect(Collectors.toMap(
                li -> {
                    String text = li.selectFirst("blockquote").text().replaceFirst("^“", "");
                    return SPEAKERS.keySet().stream().filter(text::startsWith).findFirst().orElse(text);
                },
                li -> li.selectFirst(".attribution a") == null ? "?" : li.selectFirst(".attribution a").text()));
    }

    @Test
    void peopleHavePagesWithTheirRoles() {
        assertEquals("President", page("people/hassan-rouhani/index.html").selectFirst(".role-line").text());
        assertEquals("US President", page("people/barack-obama/index.html").selectFirst(".role-line").text());
        assertEquals("Prime Minister", page("people/nuri-al-maliki/index.html").selectFirst(".role-line").text());
    }

    @Test
    void placesHavePages() {
        for (String place : List.of("iraq", "iran", "syria", "tehran", "diyala")) {
            Document doc = page("places/" + place + "/index.html");
            assertEquals("Place", doc.selectFirst(".kicker").text(), place);
        }
    }

    @Test
    void isisIsInTheGlossary() {
        for (String path : List.of("iraq-crisis/glossary/index.html", "iraq-crisis/index.html", "glossary/index.html")) {
            Element dt = page(path).getElementById("term-isis");
            assertNotNull(dt, path);
            assertEquals("Islamic State of Iraq and Syria", dt.nextElementSibling().text(), path);
        }
    }

    @Test
    void theFourQuotesHaveTheirSpeakersAndScareQuotesAreNotQuotes() {
        assertEquals(SPEAKERS, quotes(page("iraq-crisis/index.html")));
        assertEquals(SPEAKERS, quotes(page("iraq-crisis/quotes/index.html")));
        assertEquals(3, quotes(page("people/hassan-rouhani/index.html")).size());
        assertEquals(Map.of("We will not be sending", "Barack Obama"), quotes(page("people/barack-obama/index.html")));
        assertFalse(TestFiles.read(tmp.resolve("site/iraq-crisis/quotes/index.html")).contains("“terrorism"));
    }

    @Test
    void articleBodyLinksFirstMentionsAndDefinesTerms() {
        Document doc = page(ARTICLE);
        Element rouhani = doc.selectFirst(".body a.entity[href$=hassan-rouhani/index.html]");
        assertEquals("Hassan Rouhani", rouhani.text());
        assertEquals(1, doc.select(".body a[href$=hassan-rouhani/index.html]").size());
        Element isis = doc.selectFirst(".body a.term");
        assertEquals("ISIS", isis.text());
        assertEquals("Islamic State of Iraq and Syria", isis.attr("data-definition"));
        assertEquals("term-isis", isis.attr("aria-describedby"));
        assertNotNull(doc.getElementById("term-isis"));
    }

    @Test
    void everyPageIsReachableFromHomeAndExplainerPagesLinkBack() {
        Path site = tmp.resolve("site");
        Set<String> reached = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("index.html"));
        while (!todo.isEmpty()) {
            String path = todo.pop();
            if (!reached.add(path)) {
                continue;
            }
            for (Element a : page(path).select("a[href]")) {
                String href = a.attr("href").replaceFirst("#.*", "");
                if (!href.isEmpty()) {
                    Path target = site.resolve(path).getParent().resolve(href).normalize();
                    assertTrue(Files.isRegularFile(target), path + " -> " + href);
                    todo.push(site.relativize(target).toString());
                }
            }
        }
        // 404.html is for addresses that lead nowhere: no page links to it
        Set<String> all = TestFiles.tree(site).keySet().stream().filter(p -> p.endsWith(".html") && !p.equals("404.html"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, reached);
        for (String explainerPage : List.of("people/hassan-rouhani/index.html", "places/tehran/index.html",
                "iraq-crisis/quotes/index.html", "iraq-crisis/glossary/index.html", "iraq-crisis/timeline/index.html")) {
            Document doc = page(explainerPage);
            assertFalse(doc.select("a[href$=iraq-crisis/index.html]").isEmpty(), explainerPage + " links back to the hub");
        }
        assertFalse(page("people/hassan-rouhani/index.html").select("a[href$=" + ARTICLE.substring(ARTICLE.indexOf('/') + 1) + "]").isEmpty());
    }

    @Test
    void correctedSpeakerAndRenamedPersonSurviveIngestAndShowEverywhere() {
        Path page = tmp.resolve(PAGE);
        String text = TestFiles.read(page);
        String corrected = text.replace("  - speaker: barack-obama\n", "  - speaker: nuri-al-maliki\n");
        assertTrue(!corrected.equals(text));
        TestFiles.write(page, corrected);
        TestFiles.write(tmp.resolve("content/entities.yaml"), "hassan-rouhani:\n  name: Hassan Rowhani\n  role: President of Iran\n");
        TestFiles.Run run = TestFiles.run("build", "-q", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(corrected, TestFiles.read(page));
        Map<String, String> hub = quotes(page("iraq-crisis/index.html"));
        assertEquals("Nuri al-Maliki", hub.get("We will not be sending"));
        assertEquals("Hassan Rowhani", hub.get("If we see that"));
        assertEquals(1, quotes(page("people/nuri-al-maliki/index.html")).size());
        assertTrue(page("people/barack-obama/index.html").select("ul.quotes").isEmpty());
        Document rowhani = page("people/hassan-rouhani/index.html");
        assertEquals("Hassan Rowhani", rowhani.selectFirst("h1").text());
        assertEquals("President of Iran", rowhani.selectFirst(".role-line").text());
        assertTrue(page(ARTICLE).selectFirst(".in-this-article").text().contains("Hassan Rowhani President of Iran"));
        assertTrue(page("people/index.html").text().contains("Hassan Rowhani"));
    }
}
