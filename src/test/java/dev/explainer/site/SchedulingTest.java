package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts, scheduled and expired pages, all relative to the site clock that --now fixes. */
class SchedulingTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void project() {
        TestFiles.files(tmp, """
                -- content/site.yaml --
                title: Schedule
                description: Pages that come and go.
                base_url: https://example.org/
                time_zone: Europe/Paris
                -- content/news/published.md --
                ---
                title: Published
                story: News
                summary: Out already.
                date: 2025-06-10
                ---
                -- content/news/draft.md --
                ---
                title: Draft
                story: News
                summary: Not yet written.
                date: 2025-06-09
                draft: true
                ---
                -- content/news/scheduled.md --
                ---
                title: Scheduled
                story: News
                summary: Out at nine on the 15th, Paris time.
                date: 2025-06-15T09:00
                ---
                -- content/news/expiring.md --
                ---
                title: Expiring
                story: News
                summary: Until the end of the 14th.
                date: 2025-06-01
                expires: 2025-06-14
                ---
                """);
    }

    private String build(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "build";
        args[1] = "-v";
        System.arraycopy(extra, 0, args, 2, extra.length);
        args[extra.length + 2] = "--project";
        args[extra.length + 3] = tmp.toString();
        TestFiles.Run run = TestFiles.run(args);
        assertEquals(0, run.code(), run.err());
        return run.out();
    }

    private boolean built(String page) {
        return Files.isRegularFile(tmp.resolve("site/news/" + page + "/index.html"));
    }

    @Test
    void onTheFourteenthTheExpiringPageIsStillUpAndTheScheduledOneIsNot() {
        String out = build("--now", "2025-06-14");
        assertTrue(built("published") && built("expiring"));
        assertFalse(built("draft") || built("scheduled"));
        assertTrue(out.contains("left out content/news/draft.md: a draft\n"), out);
        assertTrue(out.contains("left out content/news/scheduled.md: scheduled for 2025-06-15T09:00+02:00\n"), out);
        assertFalse(TestFiles.read(tmp.resolve("site/feed.xml")).contains("Scheduled"));
        assertFalse(TestFiles.read(tmp.resolve("site/search/search-index.js")).contains("Draft"));
    }

    @Test
    void aScheduledPageAppearsWhenTheClockPassesItsTime() {
        build("--now", "2025-06-15T08:59+02:00");
        assertFalse(built("scheduled"));
        build("--now", "2025-06-15T09:00+02:00");
        assertTrue(built("scheduled"));
        assertFalse(built("expiring"), "expired after the 14th");
    }

    @Test
    void draftsAndFutureIncludeThemInAPreviewThatAsksNotToBeIndexed() {
        build("--now", "2025-06-14", "--drafts", "--future");
        assertTrue(built("draft") && built("scheduled") && built("published"));
        assertEquals("User-agent: *\nDisallow: /\n", TestFiles.read(tmp.resolve("site/robots.txt")));
        assertEquals("noindex", Jsoup.parse(TestFiles.read(tmp.resolve("site/news/published/index.html")))
                .selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void aPublishedBuildIsIndexable() {
        build("--now", "2025-06-14");
        assertTrue(Jsoup.parse(TestFiles.read(tmp.resolve("site/news/published/index.html"))).select("meta[name=robots]").isEmpty());
        assertTrue(TestFiles.read(tmp.resolve("site/robots.txt")).startsWith("User-agent: *\nDisallow:\n"));
    }

    @Test
    void aLinkToALeftOutPageIsBrokenAndTheHintSaysWhy() {
        TestFiles.write(tmp.resolve("content/news/published.md"), """
                ---
                title: Published
                story: News
                summary: Out already.
                date: 2025-06-10
                ---

                See [what comes next](../scheduled/index.html).
                """);
        TestFiles.Run run = TestFiles.run("check", "--now", "2025-06-14", "--project", tmp.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("content/news/published.md:8: error: broken link '../scheduled/index.html'"
                + " (in news/published/index.html)\n  hint: it points to content/news/scheduled.md, which is scheduled for"
                + " 2025-06-15T09:00+02:00 (build with --future to include it)\n"), run.err());
        assertEquals(0, TestFiles.run("check", "-q", "--future", "--now", "2025-06-14", "--project", tmp.toString()).code());
    }

    @Test
    void aBadNowIsAUsageError() {
        TestFiles.Run run = TestFiles.run("build", "--now", "next week", "--project", tmp.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("cannot read 'next week' as a date"), run.err());
    }
}
