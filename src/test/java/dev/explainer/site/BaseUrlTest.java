package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --base-url moves every absolute URL (feeds, sitemaps, canonical links) and no link between pages. */
class BaseUrlTest {
    @TempDir
    Path tmp;

    @Test
    void aDeployPreviewUnderASubPathKeepsPagesWorkingFromDisk() {
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), tmp);
        TestFiles.Run run = TestFiles.run("build", "-q", "--now", "2025-05-04", "--base-url", "https://example.org/sub",
                "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        Path site = tmp.resolve("site");
        Map<String, String> files = TestFiles.tree(site);
        String base = "https://example.org/sub/";
        for (String feed : List.of("feed.xml", "rss.xml", "portmere-festival/feed.xml", "valdoria-water-dispute/rss.xml")) {
            Document xml = Jsoup.parse(files.get(feed), "", Parser.xmlParser());
            List<String> urls = xml.select("link[href], id, link, guid, loc").stream()
                    .map(e -> e.hasAttr("href") ? e.attr("href") : e.text()).filter(u -> u.startsWith("http")).toList();
            assertFalse(urls.isEmpty(), feed);
            urls.stream().filter(u -> !u.startsWith("http://www.w3.org/")).forEach(u -> assertTrue(u.startsWith(base), feed + ": " + u));
        }
        for (String map : List.of("sitemap.xml", "news-sitemap.xml")) {
            List<String> locs = Jsoup.parse(files.get(map), "", Parser.xmlParser()).select("loc").eachText();
            assertFalse(locs.isEmpty());
            locs.forEach(u -> assertTrue(u.startsWith(base), map + ": " + u));
        }
        assertTrue(files.get("robots.txt").contains("Sitemap: " + base + "sitemap.xml\n"));
        assertFalse(String.join("", files.values()).contains("explainer.example.org"), "site.yaml's base_url is overridden");
        Document article = Jsoup.parse(files.get("portmere-festival/harbour-festival-returns-to-portmere-after-five-years/index.html"));
        assertEquals(base + "portmere-festival/harbour-festival-returns-to-portmere-after-five-years/",
                article.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/sub/", Jsoup.parse(files.get("404.html")).selectFirst("base").attr("href"));
        everyLinkResolvesOnDisk(site);
    }

    /** Pages link to each other relatively: from the home page every link and asset opens from disk. */
    private static void everyLinkResolvesOnDisk(Path site) {
        Deque<Path> todo = new ArrayDeque<>(List.of(site.resolve("index.html")));
        Set<Path> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Path file = todo.pop();
            if (!seen.add(file) || !file.toString().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(TestFiles.read(file));
            for (Element e : doc.select("body a[href], link[rel=stylesheet], link[rel=alternate], script[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertFalse(ref.matches("^[a-z]+:.*") || ref.startsWith("/"), file + " links absolutely to " + ref);
                if (ref.startsWith("#")) {
                    continue;
                }
                Path target = file.getParent().resolve(ref.replaceFirst("[#?].*", "")).normalize();
                assertTrue(Files.isRegularFile(target), file + " links to missing " + ref);
                todo.push(target);
            }
        }
        assertTrue(seen.size() > 20, seen.toString());
    }

    @Test
    void aBadBaseUrlIsAUsageError() {
        TestFiles.Run run = TestFiles.run("build", "--base-url", "example.org/news", "--project", tmp.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("'example.org/news' is not an absolute http or https URL"), run.err());
    }

    @Test
    void withoutABaseUrlThereAreNoFeedsOrSitemapsAndCheckSaysSo() {
        TestFiles.write(tmp.resolve("seeds/a.txt"), "Date: 2025-01-01\n\nDam talks resume\n\nTalks resumed.\n");
        TestFiles.Run build = TestFiles.run("build", "--project", tmp.toString());
        assertEquals(0, build.code(), build.err());
        assertEquals("", build.err());
        Map<String, String> files = TestFiles.tree(tmp.resolve("site"));
        assertFalse(files.containsKey("feed.xml") || files.containsKey("sitemap.xml"));
        assertEquals("User-agent: *\nDisallow:\n", files.get("robots.txt"));
        assertTrue(Jsoup.parse(files.get("index.html")).select("link[rel=canonical], link[rel=alternate]").isEmpty());
        TestFiles.Run check = TestFiles.run("check", "--project", tmp.toString());
        assertEquals(0, check.code());
        assertTrue(check.err().startsWith("content/site.yaml: warning: no base_url: the site has no feeds, no sitemaps"
                + " and no canonical links\n"), check.err());
        assertEquals(1, TestFiles.run("check", "--strict", "--project", tmp.toString()).code());
    }
}
