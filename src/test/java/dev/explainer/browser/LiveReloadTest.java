package dev.explainer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.explainer.TestFiles;
import dev.explainer.pipeline.BuildOptions;
import dev.explainer.serve.Preview;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explainer serve} in real headless Chromium: an editor saves an article and the open page
 * shows the new text by itself; a stylesheet change restyles the page without reloading it; a broken
 * template shows the error overlay over the last good page; the fix brings the page back.
 */
class LiveReloadTest {
    private static final String ARTICLE = "portmere-festival/harbour-festival-returns-to-portmere-after-five-years/";

    @TempDir
    Path tmp;

    /** A new page, {@code fs}, and {@code until(what, predicate)}, which polls the page for 20 s. */
    private static final String PAGE = """
            const fs = require('fs');
            const page = await browser.newPage();
            async function until(what, predicate) {
              const end = Date.now() + 20000;
              while (Date.now() < end) {
                try { if (await page.evaluate(predicate)) return; } catch (e) { /* the page is reloading */ }
                await new Promise(r => setTimeout(r, 50));
              }
              throw new Error('timed out waiting for ' + what);
            }
            """;

    private static final String SCRIPT = PAGE + """
            const [url, content, template, css, defaultCss] = args;
            await page.goto(url);
            await until('the live connection', () => document.readyState === 'complete');
            await new Promise(r => setTimeout(r, 300));
            log('opened:', (await page.textContent('h1')).trim());

            fs.writeFileSync(content, fs.readFileSync(content, 'utf8') + '\\nThe mayor rang the harbour bell at noon.\\n');
            await until('the edited text', () => document.body.innerText.includes('rang the harbour bell'));
            log('edit shown without a manual reload');

            await page.evaluate(() => { window.notReloaded = true; });
            fs.mkdirSync(require('path').dirname(css), { recursive: true });
            fs.writeFileSync(css, fs.readFileSync(defaultCss, 'utf8') + '\\nbody { background: rgb(1, 2, 3) }\\n');
            await until('the new background', () => getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)');
            log('stylesheet swapped, page kept:', await page.evaluate(() => window.notReloaded === true));

            fs.writeFileSync(template, '{% extends "base.peb" %}\\n{% block content %}{{ page.no_such_field }}{% endblock %}\\n');
            await until('the error overlay', () => !!document.getElementById('explainer-build-error'));
            const overlay = await page.textContent('#explainer-build-error pre');
            log('overlay:', overlay.split('\\n')[0].replace(/ error: .*/, ' error'));
            log('last good page still under it:', await page.evaluate(() => document.body.innerText.includes('rang the harbour bell')));

            fs.unlinkSync(template);
            await until('the page again', () => !document.getElementById('explainer-build-error')
                && document.body.innerText.includes('rang the harbour bell'));
            log('recovered');
            """;

    /** The page's event stream is held back until a save has been built: the page still learns of it when it connects. */
    private static final String LATE = PAGE + """
            const [url, css, defaultCss] = args;
            let open;
            const opened = new Promise(r => { open = r; });
            await page.route('**/__explainer/events*', async route => { await opened; await route.continue(); });
            await page.goto(url);
            await page.evaluate(() => { window.notReloaded = true; });
            fs.mkdirSync(require('path').dirname(css), { recursive: true });
            fs.writeFileSync(css, fs.readFileSync(defaultCss, 'utf8') + '\\nbody { background: rgb(4, 5, 6) }\\n');
            await until('the rebuilt stylesheet', async () =>
                (await (await fetch('/assets/style.css', { cache: 'no-store' })).text()).includes('rgb(4, 5, 6)'));
            log('built before the page listened: yes');
            open();
            await until('the new background', () => getComputedStyle(document.body).backgroundColor === 'rgb(4, 5, 6)');
            log('stylesheet swapped once it listened, page kept:', await page.evaluate(() => window.notReloaded === true));
            """;

    @Test
    void aSaveBuiltBeforeThePageListensStillReachesIt() throws Exception {
        Run run = serve(LATE, project -> List.of(project.resolve("templates/assets/style.css").toString()));
        assertEquals(List.of("built before the page listened: yes", "stylesheet swapped once it listened, page kept: true"),
                run.lines(), run.log());
    }

    @Test
    void editsShowUpBrokenTemplatesShowTheirErrorAndFixesRecover() throws Exception {
        Run run = serve(SCRIPT, project -> List.of(
                project.resolve("content/portmere-festival/harbour-festival-returns-to-portmere-after-five-years.md").toString(),
                project.resolve("templates/article.peb").toString(), project.resolve("templates/assets/style.css").toString()));
        assertEquals(List.of(
                "opened: Harbour festival returns to Portmere after five years",
                "edit shown without a manual reload",
                "stylesheet swapped, page kept: true",
                "overlay: templates/article.peb:2: error",
                "last good page still under it: true",
                "recovered"), run.lines(), run.log());
    }

    /** What a script logged, and what serve printed meanwhile. */
    private record Run(List<String> lines, String log) {
    }

    /**
     * Serves a copy of the newsroom project and runs {@code script} in Chromium with the article's URL,
     * the paths {@code files} names in the project, then a copy of the built default stylesheet.
     */
    private Run serve(String script, Function<Path, List<String>> files) throws Exception {
        Playwright browser = Playwright.require();
        Path project = tmp.resolve("project");
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), project);
        StringWriter log = new StringWriter();
        try (Preview preview = Preview.start(new BuildOptions(project, project.resolve("site"), false, false),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new PrintWriter(log, true), new PrintWriter(log, true))) {
            Path defaultCss = tmp.resolve("default.css");
            TestFiles.write(defaultCss, TestFiles.read(project.resolve("site/assets/style.css")));
            List<String> args = new ArrayList<>(List.of(preview.url().resolve(ARTICLE).toString()));
            args.addAll(files.apply(project));
            args.add(defaultCss.toString());
            try {
                return new Run(browser.run(tmp, script, 120, args.toArray(String[]::new)), log.toString());
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nserve printed:\n" + log, e);
            }
        }
    }
}
