package dev.explainer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.NpmPackages;
import dev.explainer.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the built sample, and the explainer pages of the golden fixture (a dated timeline
 * chart, glossary term links), pass axe-core's WCAG 2 A and AA rules in real headless Chromium.
 */
class AccessibilityTest {
    @TempDir
    Path tmp;

    @Test
    void pagesHaveNoWcagViolations() throws Exception {
        Chromium.assumeInstalled();
        Optional<Path> axe = NpmPackages.fetch("axe-core@4.14.1", Path.of("target", "axe"));
        if (axe.isEmpty()) {
            assertTrue(System.getenv("CI") == null, "CI must reach the npm registry for axe-core");
            Assumptions.abort("axe-core could not be fetched with npm; accessibility audit skipped");
        }
        TestFiles.copyTree(Path.of("seeds"), tmp.resolve("sample/seeds"));
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), tmp.resolve("golden"));
        for (String project : new String[] {"sample", "golden"}) {
            assertEquals(0, TestFiles.run("build", "-q", "--now", "2025-05-04", "--project", tmp.resolve(project).toString()).code());
        }
        List<String> pages = TestFiles.tree(tmp.resolve("sample/site")).keySet().stream()
                .filter(p -> p.endsWith(".html")).map(p -> "sample/site/" + p).collect(Collectors.toList());
        pages.addAll(List.of("golden/site/valdoria-water-dispute/index.html", "golden/site/valdoria-water-dispute/timeline/index.html",
                "golden/site/valdoria-water-dispute/valdoria-dam-talks-collapse-as-ostren-walks-out/index.html",
                "golden/site/people/anika-brandt/index.html"));
        Path harness = tmp.resolve("audit.html");
        TestFiles.write(harness, harness(pages, axe.get().resolve("axe.min.js").toUri().toString()));
        String dom = new Chromium(tmp.resolve("profile")).dumpDom(harness);
        String result = Jsoup.parse(dom).getElementById("result").wholeText();
        String expected = pages.stream().map(p -> p + ": ").collect(Collectors.joining("\n"));
        assertEquals(expected, result);
    }

    /** Loads each page in an iframe, runs axe in it, and writes "page: rule(count) ..." lines into #result. */
    private static String harness(List<String> pages, String axeUrl) {
        String list = pages.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", "));
        return """
                <!DOCTYPE html><meta charset="utf-8"><pre id="result"></pre>
                <iframe id="f" width="1000" height="800"></iframe>
                <script>
                const pages = [%s];
                const out = [];
                const f = document.getElementById('f');
                function audit(i) {
                  if (i >= pages.length) { document.getElementById('result').textContent = out.join('\\n'); return; }
                  f.onload = () => {
                    const d = f.contentDocument;
                    const s = d.createElement('script');
                    s.src = '%s';
                    s.onload = () => f.contentWindow.axe.run(d, {runOnly: ['wcag2a', 'wcag2aa']}).then(r => {
                      out.push(pages[i] + ': ' + r.violations.map(v => v.id + '(' + v.nodes.length + ')').join(' '));
                      audit(i + 1);
                    });
                    d.head.appendChild(s);
                  };
                  f.src = pages[i];
                }
                audit(0);
                </script>
                """.formatted(list, axeUrl);
    }
}
