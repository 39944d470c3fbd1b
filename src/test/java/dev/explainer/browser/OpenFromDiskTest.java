package dev.explainer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built sample opened straight from disk (file://) in real headless Chromium: the stylesheet
 * applies, and a reader can click from the home page to the story hub to the article.
 */
class OpenFromDiskTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void build() {
        Chromium.assumeInstalled();
        TestFiles.copyTree(Path.of("seeds"), tmp.resolve("seeds"));
        TestFiles.Run run = TestFiles.run("build", "-q", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
    }

    /** A harness page drives the site in an iframe and writes what it saw into #result. */
    private static final String HARNESS = """
            <!DOCTYPE html><meta charset="utf-8"><pre id="result"></pre>
            <iframe id="f" src="site/index.html" width="1000" height="800"></iframe>
            <script>
            const seen = [];
            const f = document.getElementById('f');
            f.addEventListener('load', () => {
              const d = f.contentDocument;
              const h1 = d.querySelector('h1') ? d.querySelector('h1').textContent.trim() : '';
              const styled = getComputedStyle(d.querySelector('.masthead')).borderBottomStyle === 'solid';
              seen.push(h1 + ' | styled=' + styled);
              let next = null;
              if (seen.length === 1) next = [...d.querySelectorAll('.cards a')].find(a => a.textContent === 'Iraq crisis');
              if (seen.length === 2) next = d.querySelector('.coverage a');
              if (next) { next.click(); } else { document.getElementById('result').textContent = seen.join('\\n'); }
            });
            </script>
            """;

    @Test
    void readerClicksFromHomeToHubToArticleFromDisk() throws Exception {
        Path harness = tmp.resolve("harness.html");
        TestFiles.write(harness, HARNESS);
        String dom = new Chromium(tmp.resolve("profile")).dumpDom(harness);
        String result = Jsoup.parse(dom).getElementById("result").wholeText();
        assertEquals("News explainers | styled=true\nIraq crisis | styled=true\n"
                + "Iraq crisis: Iran, US join fight against ISIS militants | styled=true", result, dom);
    }

    @Test
    void articlePageRendersToAScreenshot() throws Exception {
        Path png = tmp.resolve("article.png");
        new Chromium(tmp.resolve("profile2")).screenshot(
                tmp.resolve("site/iraq-crisis/iraq-crisis-iran-us-join-fight-against-isis-militants/index.html"), png, 1200, 1800);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 20_000, "screenshot is " + bytes.length + " bytes");
        assertEquals((byte) 0x89, bytes[0]);
        Files.copy(png, Path.of("target", "article.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
