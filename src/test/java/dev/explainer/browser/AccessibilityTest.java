package dev.explainer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.NpmPackages;
import dev.explainer.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the built sample (every page kind), and the explainer pages of the golden fixture
 * (a dated timeline chart, glossary term links), in real headless Chromium at 375 px and 1280 px,
 * light and dark: axe-core finds no WCAG 2.1 A or AA violation (colour contrast included), nothing
 * overflows horizontally, and nothing is requested from another host. A full-page screenshot of the first page of each kind, in each width
 * and colour scheme, goes to target/screenshots/ for a person to look at. One browser launch does it all.
 */
class AccessibilityTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int[] WIDTHS = {375, 1280};
    static final String[] SCHEMES = {"light", "dark"};

    @TempDir
    Path tmp;

    @Test
    void pagesHaveNoWcagViolationsAndFitTheScreenInLightAndDark() throws Exception {
        Playwright browser = Playwright.require();
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
        List<String> args = new ArrayList<>(List.of(tmp.toAbsolutePath().toString(),
                axe.get().resolve("axe.min.js").toAbsolutePath().toString(), SCREENSHOTS.toAbsolutePath().toString()));
        args.addAll(pages);

        List<String> lines = browser.run(tmp, AUDIT, 600, args.toArray(String[]::new));

        List<String> expected = new ArrayList<>();
        for (String scheme : SCHEMES) {
            for (int width : WIDTHS) {
                expected.add("background " + width + " " + scheme);
                pages.forEach(p -> expected.add(p + " " + width + " " + scheme + ":"));
            }
        }
        List<String> backgrounds = lines.stream().filter(l -> l.startsWith("background ")).toList();
        assertNotEquals(backgrounds.get(0).replaceAll(".*: ", ""), backgrounds.get(backgrounds.size() - 1).replaceAll(".*: ", ""),
                "dark mode changes the page's colours: " + backgrounds);
        assertEquals(String.join("\n", expected), String.join("\n", lines.stream().map(l -> l.replaceFirst(
                "^(background \\d+ \\w+): .*", "$1")).toList()));
    }

    /**
     * For each colour scheme and width, opens every page, runs axe (WCAG 2.0 and 2.1, A and AA) and
     * measures horizontal overflow and requests to anything but local files; logs
     * "page width scheme: rule(count: nodes) ... overflow(px) external(urls)" (nothing after the colon when
     * all is well) and the page background colour once per pass.
     */
    private static final String AUDIT = """
            const fs = require('fs');
            const path = require('path');
            const [root, axePath, shots, ...pages] = args;
            fs.mkdirSync(shots, { recursive: true });
            for (const scheme of ['light', 'dark']) {
              for (const width of [375, 1280]) {
                const context = await browser.newContext({ viewport: { width, height: 900 } });
                const page = await context.newPage();
                await page.emulateMedia({ colorScheme: scheme });
                let external = [];
                page.on('request', r => { if (!r.url().startsWith('file:')) external.push(r.url()); });
                let first = true;
                const shot = new Set();
                for (const p of pages) {
                  await page.goto('file://' + path.join(root, p));
                  if (first) {
                    log('background ' + width + ' ' + scheme + ': ' + await page.evaluate(
                        () => getComputedStyle(document.documentElement).backgroundColor));
                    first = false;
                  }
                  await page.addScriptTag({ path: axePath });
                  const r = await page.evaluate(() => axe.run(document,
                      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
                  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
                  const found = r.violations.map(v => v.id + '(' + v.nodes.length + ': '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')');
                  if (overflow > 0) found.push('overflow(' + overflow + 'px)');
                  if (external.length) found.push('external(' + external.join(', ') + ')');
                  external = [];
                  log(p + ' ' + width + ' ' + scheme + ':' + found.map(f => ' ' + f).join(''));
                  const kind = await page.evaluate(() => document.body.className);
                  if (!shot.has(kind)) {
                    shot.add(kind);
                    const name = kind + '-' + p.replace(/\\/index\\.html$|\\.html$/, '').replace(/[\\/]/g, '_');
                    await page.screenshot({ path: path.join(shots, name + '-' + width + '-' + scheme + '.png'), fullPage: true });
                  }
                }
                await context.close();
              }
            }
            """;
}
