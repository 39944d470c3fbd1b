package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own sample (the project's seeds/) builds into the site the issue asks for. */
class SampleSiteTest {
    static final String ARTICLE_TITLE = "Iraq crisis: Iran, US join fight against ISIS militants";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        TestFiles.copyTree(Path.of("seeds"), tmp.resolve("seeds"));
        TestFiles.Run run = TestFiles.run("build", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        site = tmp.resolve("site");
    }

    static Document page(String path) {
        return Jsoup.parse(TestFiles.read(site.resolve(path)), "");
    }

    @Test
    void hasHomeHubAndArticle() {
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertEquals("Iraq crisis", page("iraq-crisis/index.html").selectFirst("h1").text());
        Document article = page("iraq-crisis/iraq-crisis-iran-us-join-fight-against-isis-militants/index.html");
        assertEquals(ARTICLE_TITLE, article.selectFirst("h1").text());
    }

    @Test
    void everyParagraphOfTheSeedAppearsExactlyOnceInTheArticle() throws Exception {
        String seed = Files.readString(Path.of("seeds/iraq-iran-us-join-fight-against-isis.txt"), StandardCharsets.UTF_8);
        List<String> paragraphs = List.of(seed.split("\n\\s*\n")).stream().map(String::strip)
                .filter(p -> !p.isEmpty() && !p.equals(ARTICLE_TITLE) && !p.startsWith("Extended coverage:")).toList();
        assertEquals(12, paragraphs.size());
        String text = page("iraq-crisis/iraq-crisis-iran-us-join-fight-against-isis-militants/index.html").body().text();
        for (String p : paragraphs) {
            assertEquals(1, count(text, p), p);
        }
    }

    @Test
    void everyLinkAndAssetFromTheHomePageResolvesOnDisk() {
        Deque<Path> todo = new ArrayDeque<>(List.of(site.resolve("index.html")));
        Set<Path> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Path file = todo.pop();
            if (!seen.add(file) || !file.toString().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(TestFiles.read(file));
            for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.startsWith("#") || ref.matches("^[a-z]+:.*")) {
                    continue;
                }
                Path target = file.getParent().resolve(ref.replaceFirst("#.*", "")).normalize();
                assertTrue(target.startsWith(site), file + " -> " + ref);
                assertTrue(Files.isRegularFile(target), file + " links to missing " + ref);
                todo.push(target);
            }
        }
        assertTrue(seen.size() >= 4, seen.toString());
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
