package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default theme stays small and self-contained: under 20 KB of CSS in all, no script needed to
 * read, nothing a page loads comes from another host, every image and chart with its dimensions, and the accessibility
 * scaffolding (skip link to main, landmarks, page language) on every page.
 */
class ThemeBudgetTest {
    static final int CSS_BUDGET = 20 * 1024;

    @TempDir
    Path tmp;

    @Test
    void builtSiteMeetsTheThemeBudget() {
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), tmp);
        assertEquals(0, TestFiles.run("build", "-q", "--project", tmp.toString()).code());
        Map<String, String> site = TestFiles.tree(tmp.resolve("site"));
        int css = site.entrySet().stream().filter(e -> e.getKey().endsWith(".css"))
                .mapToInt(e -> e.getValue().getBytes(StandardCharsets.UTF_8).length).sum();
        assertTrue(css > 0 && css < CSS_BUDGET, "CSS is " + css + " bytes");

        List<String> problems = new ArrayList<>();
        site.forEach((path, html) -> {
            if (!path.endsWith(".html")) {
                return;
            }
            Document doc = Jsoup.parse(html);
            // structured data is not a program; a search page may use one to search
            if (!doc.select("script:not([type=application/ld+json])").isEmpty() && doc.selectFirst("body.kind-search") == null) {
                problems.add(path + ": has a script");
            }
            for (Element e : doc.select("link[rel~=(?i)stylesheet|preload|icon], script[src], img, iframe, object, embed, "
                    + "source, audio, video")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.isEmpty() || url.matches("(?i)^([a-z]+:)?//.*")) {
                    problems.add(path + ": fetches " + e.tagName() + " " + url);
                }
            }
            for (Element e : doc.select("img, body > * svg")) {
                if (!e.hasAttr("width") || !e.hasAttr("height")) {
                    problems.add(path + ": " + e.tagName() + " without width and height");
                }
            }
            Element skip = doc.selectFirst("body > a.skip");
            if (skip == null || !skip.attr("href").equals("#main") || doc.selectFirst("main#main") == null
                    || doc.selectFirst("header.masthead") == null || doc.selectFirst("footer") == null
                    || doc.selectFirst("html[lang]") == null) {
                problems.add(path + ": lacks the skip link, landmarks or language");
            }
        });
        assertEquals(List.of(), problems);
    }
}
