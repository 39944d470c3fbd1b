package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder per kind of bad input under {@code invalid/<case>}: building {@code input} must exit
 * with the code and print exactly the diagnostics in {@code expected.txt} ("exit N" then stderr).
 * And whatever the input, the site is safe: a failed build leaves the previous site exactly as it
 * was, no staging folder stays behind, and no page has script or a link from the input that runs.
 */
class InvalidInputTest {
    private static final Map<String, String> PREVIOUS = Map.of(".explainer-site", "", "index.html", "<p>the previous build</p>");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> reportsExactDiagnosticsForEachBadInput() throws IOException {
        try (Stream<Path> cases = Files.list(TestFiles.resource("invalid"))) {
            return cases.sorted().toList().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
                    () -> check(c)));
        }
    }

    private void check(Path c) throws IOException {
        Path project = tmp.resolve(c.getFileName().toString());
        TestFiles.copyTree(c.resolve("input"), project);
        PREVIOUS.forEach((file, text) -> TestFiles.write(project.resolve("site").resolve(file), text));
        TestFiles.Run run = TestFiles.run("build", "--project", project.toString());
        String actual = "exit " + run.code() + "\n" + run.err();
        Path expected = c.resolve("expected.txt");
        if (GoldenSiteTest.UPDATE) {
            TestFiles.write(expected, actual);
        }
        assertEquals(TestFiles.read(expected), actual);
        try (Stream<Path> beside = Files.list(project)) {
            assertEquals(java.util.List.of(), beside.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site.")).toList(), "no staging folder left behind");
        }
        Map<String, String> site = TestFiles.tree(project.resolve("site"));
        if (run.code() != 0) {
            assertEquals(PREVIOUS, site, "a failed build keeps the previous site");
            return;
        }
        site.forEach((file, text) -> {
            if (file.endsWith(".html")) {
                Jsoup.parse(text).getAllElements().forEach(e -> assertSafe(file, e));
            }
        });
    }

    /** No element or attribute that runs script, unless it is the theme's own. */
    private static void assertSafe(String file, Element e) {
        String tag = e.normalName();
        assertFalse(Stream.of("iframe", "object", "embed", "base").anyMatch(tag::equals), file + ": <" + tag + ">");
        if (tag.equals("script")) {
            assertTrue(e.attr("type").equals("application/ld+json") || e.attr("src").startsWith("../") || e.attr("src")
                    .startsWith("assets/") || e.attr("src").matches("(\\.\\./)*[\\w./-]+\\.js(\\?[\\w=]+)?"), file + ": " + e);
        }
        for (Attribute a : e.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            assertFalse(name.startsWith("on"), file + ": " + name + " on <" + tag + ">");
            if (name.equals("href") || name.equals("src") || name.equals("srcset") || name.equals("action")) {
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                assertFalse(value.matches("(?s)(?!(?:https?|mailto):)[a-z][a-z0-9+.-]*:.*"), file + ": " + name + "=" + value);
            }
        }
    }
}
