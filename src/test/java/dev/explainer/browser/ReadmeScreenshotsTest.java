package dev.explainer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.explainer.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rewrites the README's screenshots (src/docs/hub.png, src/docs/article.png) from a fresh build of the
 * sample, in headless Chromium:
 * {@code mvn -B test -Dtest=ReadmeScreenshotsTest -Dreadme.screenshots=true}. Skipped otherwise.
 */
@EnabledIfSystemProperty(named = "readme.screenshots", matches = "true")
class ReadmeScreenshotsTest {
    static final Path DOCS = Path.of("src", "docs");

    @TempDir
    Path tmp;

    @Test
    void rewritesTheReadmeScreenshots() throws Exception {
        Playwright browser = Playwright.require();
        TestFiles.copyTree(Path.of("seeds"), tmp.resolve("seeds"));
        assertEquals(0, TestFiles.run("build", "-q", "--project", tmp.toString()).code());
        Path site = tmp.resolve("site").toAbsolutePath();
        List<String> lines = browser.run(tmp, """
                const [site, docs] = args;
                const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
                await page.emulateMedia({ colorScheme: 'light' });
                for (const [file, name, height] of [['iraq-crisis/index.html', 'hub', 1500],
                    ['iraq-crisis/iraq-crisis-iran-us-join-fight-against-isis-militants/index.html', 'article', 1100]]) {
                  await page.goto('file://' + site + '/' + file);
                  await page.screenshot({ path: docs + '/' + name + '.png', clip: { x: 0, y: 0, width: 1100, height } });
                  log(name);
                }
                """, 120, site.toString(), DOCS.toAbsolutePath().toString());
        assertEquals(List.of("hub", "article"), lines);
    }
}
