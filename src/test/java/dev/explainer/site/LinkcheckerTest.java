package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.StaticServer;
import dev.explainer.TestFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's linkchecker crawls the built sample (at a domain root) and the golden newsroom (under a
 * sub-path), served on the loopback address as a static host would serve them, starting from the
 * home pages and the sitemaps: every link, stylesheet, script, feed and canonical URL must answer.
 * Required under CI=true (.ci/run installs it); skipped elsewhere when it is not installed.
 */
class LinkcheckerTest {
    private static final Path LINKCHECKER = Path.of("/usr/bin/linkchecker");

    @TempDir
    Path tmp;

    static void assumeInstalled() {
        if (!Files.isExecutable(LINKCHECKER)) {
            assertTrue(System.getenv("CI") == null, "CI must install linkchecker (see .ci/run)");
            Assumptions.abort("linkchecker is not installed; the crawl is skipped");
        }
    }

    @Test
    void findsNoBrokenLinkInTheServedSites() throws Exception {
        assumeInstalled();
        TestFiles.copyTree(Path.of("seeds"), tmp.resolve("sample/seeds"));
        TestFiles.copyTree(Path.of("content"), tmp.resolve("sample/content"));
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), tmp.resolve("golden"));
        try (StaticServer sample = new StaticServer(tmp.resolve("sample/site"), "/");
             StaticServer golden = new StaticServer(tmp.resolve("golden/site"), "/portmere/")) {
            build("sample", sample.url(), "2014-06-15");
            build("golden", golden.url(), "2025-05-04");
            Process p = new ProcessBuilder(LINKCHECKER.toString(), "--no-status", "--recursion-level=-1",
                    sample.url(), sample.url() + "sitemap.xml", golden.url(), golden.url() + "sitemap.xml",
                    golden.url() + "news-sitemap.xml").redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "linkchecker did not finish");
            Files.writeString(Path.of("target", "linkchecker.txt"), report);
            assertEquals(0, p.exitValue(), report);
            assertTrue(report.contains(" 0 errors found."), report);
            int checked = Integer.parseInt(report.replaceAll("(?s).*That's it\\. (\\d+) links? in .*", "$1"));
            assertTrue(checked > 60, "linkchecker checked only " + checked + " links:\n" + report);
            missingPagesGetThe404PageWithWorkingLinks(golden);
        }
    }

    private void build(String project, String baseUrl, String now) {
        TestFiles.Run run = TestFiles.run("build", "-q", "--now", now, "--base-url", baseUrl, "--project",
                tmp.resolve(project).toString());
        assertEquals(0, run.code(), run.err());
    }

    /** A host serves 404.html at any missing address; its base makes its stylesheet and links work there too. */
    private static void missingPagesGetThe404PageWithWorkingLinks(StaticServer golden) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI missing = URI.create(golden.url() + "no/such/page/");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(missing).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, page.statusCode());
        Document doc = Jsoup.parse(page.body(), missing.toString());
        assertEquals("Page not found", doc.selectFirst("h1").text());
        for (String url : List.of(doc.selectFirst("link[rel=stylesheet]").absUrl("href"),
                doc.selectFirst("main a").absUrl("href"))) {
            assertTrue(url.startsWith(golden.url()), url);
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), url);
        }
    }
}
