package dev.explainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    private static final String SEED = "Date: 2025-01-01\n\nDam talks resume\n\nExtended coverage: Water dispute\n\nTalks resumed.\n";

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"ingest", "build", "check", "serve"}) {
            TestFiles.Run run = TestFiles.run(command, "--help");
            assertEquals(0, run.code(), command);
            assertTrue(run.out().contains("Usage: explainer " + command), run.out());
            assertTrue(run.out().contains("--project=DIR"), run.out());
        }
    }

    @Test
    void printsVersion() {
        TestFiles.Run run = TestFiles.run("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("explainer "), run.out());
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCode2() {
        TestFiles.Run run = TestFiles.run("build", "--frobnicate");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void missingCommandIsAUsageError() {
        TestFiles.Run run = TestFiles.run();
        assertEquals(2, run.code());
        assertTrue(run.err().contains("missing command"), run.err());
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCode2AndOneLine() {
        TestFiles.Run run = TestFiles.run("build", "--frobnicate");
        assertEquals("Unknown option: '--frobnicate'\nsee 'explainer build --help'\n", run.err());
    }

    /** A wrong --project is refused before anything is read or written: no site built in an empty or wrong folder. */
    @Test
    void theProjectMustBeAnExistingProjectAndNotAFolderOfOne() throws IOException {
        TestFiles.write(tmp.resolve("p/seeds/a.txt"), SEED);
        TestFiles.write(tmp.resolve("p/README.md"), "readme\n");
        Files.createDirectories(tmp.resolve("empty"));
        String p = tmp.resolve("p").toString();
        String[][] cases = {
                {tmp.resolve("nowhere").toString(), "no such folder"},
                {p + "/README.md", "not a folder"},
                {tmp.resolve("empty").toString(), "not a project (it has neither seeds/ nor content/)"},
                {p + "/seeds", "this is the seeds/ folder of the project " + p + "; give that folder instead"}};
        for (String[] c : cases) {
            TestFiles.Run run = TestFiles.run("build", "--project", c[0]);
            assertEquals(2, run.code(), c[0]);
            assertEquals("--project " + c[0] + ": " + c[1] + "\nsee 'explainer build --help'\n", run.err());
        }
        assertFalse(Files.exists(tmp.resolve("nowhere")));
        assertFalse(Files.exists(tmp.resolve("empty/site")));
        assertFalse(Files.exists(tmp.resolve("p/seeds/site")));
        assertEquals(0, TestFiles.run("build", "--project", p).code());
    }

    @Test
    void buildPrintsASummaryLine() {
        TestFiles.write(tmp.resolve("seeds/a.txt"), SEED);
        TestFiles.Run run = TestFiles.run("build", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("build: 1 story, 1 page, 10 files written to site/ in \\d+\\.\\d\\d s\\n"), run.out());
        assertEquals("", run.err());
        assertTrue(Files.isRegularFile(tmp.resolve("site/water-dispute/dam-talks-resume/index.html")));
    }

    @Test
    void quietPrintsNothingOnSuccess() {
        TestFiles.write(tmp.resolve("seeds/a.txt"), "Undated headline\n\nText.\n");
        TestFiles.Run run = TestFiles.run("build", "--quiet", "--project", tmp.toString());
        assertEquals(0, run.code());
        assertEquals("", run.out());
        assertEquals("", run.err());
    }

    @Test
    void strictTurnsWarningsIntoExitCode1() {
        TestFiles.write(tmp.resolve("seeds/a.txt"), "Undated headline\n\nText.\n");
        TestFiles.Run run = TestFiles.run("build", "--strict", "--project", tmp.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().endsWith("error: 1 warning with --strict\n"), run.err());
    }

    @Test
    void outputOptionWritesElsewhere() {
        TestFiles.write(tmp.resolve("seeds/a.txt"), SEED);
        Path out = tmp.resolve("public");
        TestFiles.Run run = TestFiles.run("build", "--project", tmp.toString(), "--output", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void checkWritesNothingAndFindsBrokenLinks() {
        TestFiles.files(tmp, """
                -- content/site.yaml --
                description: A site.
                base_url: https://example.org/
                -- content/a.md --
                ---
                title: A
                summary: A page.
                ---

                [gone](../b/index.html)
                """);
        TestFiles.Run run = TestFiles.run("check", "--project", tmp.toString());
        assertEquals(1, run.code());
        assertEquals("content/a.md:6: error: broken link '../b/index.html' (in a/index.html)\n"
                + "error: check failed with 1 error\n", run.err());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void checkReportsBadSeedsToo() {
        TestFiles.write(tmp.resolve("seeds/empty.txt"), "");
        TestFiles.Run run = TestFiles.run("check", "--project", tmp.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("seeds/empty.txt:1: error: empty file"), run.err());
        assertFalse(Files.exists(tmp.resolve("content")));
    }

    @Test
    void checkSeesWhatBuildWouldBuildFromNewSeeds() {
        TestFiles.write(tmp.resolve("seeds/a.txt"), SEED);
        TestFiles.Run ok = TestFiles.run("check", "--project", tmp.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().startsWith("check: 1 page, 10 files checked: 0 errors, 2 warnings"), ok.out());
        TestFiles.write(tmp.resolve("content/mine.md"), "---\ntitle: Mine\nstory: Water dispute\nslug: dam-talks-resume\n---\n");
        TestFiles.Run clash = TestFiles.run("check", "--project", tmp.toString());
        assertEquals(1, clash.code());
        assertTrue(clash.err().contains("its URL 'water-dispute/dam-talks-resume/index.html' is also used by"), clash.err());
        assertFalse(Files.exists(tmp.resolve("content/water-dispute")));
    }

    @Test
    void checkAgreesWithBuildWhenASeedMovesAndAnotherTakesItsPlace() {
        TestFiles.write(tmp.resolve("seeds/a.txt"), "Old headline\n\nText.\n");
        assertEquals(0, TestFiles.run("build", "-q", "--project", tmp.toString()).code());
        TestFiles.write(tmp.resolve("seeds/a.txt"), "New headline\n\nText.\n");
        TestFiles.write(tmp.resolve("seeds/b.txt"), "Old headline\n\nOther text.\n");
        TestFiles.Run check = TestFiles.run("check", "-q", "--project", tmp.toString());
        assertEquals(0, check.code(), check.err());
        TestFiles.Run build = TestFiles.run("build", "-q", "--project", tmp.toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(Files.exists(tmp.resolve("site/old-headline/index.html")));
        assertTrue(Files.exists(tmp.resolve("site/new-headline/index.html")));
    }

    @Test
    void ingestDryRunWritesNothing() {
        TestFiles.write(tmp.resolve("seeds/a.txt"), SEED);
        TestFiles.Run run = TestFiles.run("ingest", "--dry-run", "-v", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("would write content/water-dispute/dam-talks-resume.md\ningest: 1 page to write"), run.out());
        assertFalse(Files.exists(tmp.resolve("content")));
    }

    @Test
    void ingestReportsWhatItDid() {
        TestFiles.write(tmp.resolve("seeds/a.txt"), SEED);
        TestFiles.Run first = TestFiles.run("ingest", "--project", tmp.toString());
        assertEquals(0, first.code());
        assertTrue(first.out().startsWith("ingest: 1 page written, 0 unchanged, 0 kept (edited by hand), 0 warnings"), first.out());
        TestFiles.Run second = TestFiles.run("ingest", "--project", tmp.toString());
        assertTrue(second.out().startsWith("ingest: 0 pages written, 1 unchanged"), second.out());
    }

    @Test
    void aClockOutsideTheFourDigitYearsIsAUsageError() {
        TestFiles.write(tmp.resolve("seeds/a.txt"), SEED);
        TestFiles.Run run = TestFiles.run("build", "--now", "+999999999-12-31", "--project", tmp.toString());
        assertEquals(2, run.code());
        assertEquals("Invalid value for option '--now': cannot read '+999999999-12-31' as a date (2025-06-14) or a date and"
                + " time (2025-06-14T09:30, 2025-06-14T09:30:00+02:00), in a year from 1000 to 9999\n"
                + "see 'explainer build --help'\n", run.err());
        assertEquals(0, TestFiles.run("build", "--now", "9999-12-31", "--project", tmp.toString()).code());
    }

    @Test
    void badSeedsFailTheBuildAndKeepThePreviousSiteWhileTheGoodOnesPagesAreWritten() {
        TestFiles.write(tmp.resolve("seeds/a.txt"), SEED);
        assertEquals(0, TestFiles.run("build", "--project", tmp.toString()).code());
        Map<String, String> before = TestFiles.tree(tmp.resolve("site"));
        TestFiles.write(tmp.resolve("seeds/b.txt"), SEED.replace("Dam talks resume", "Second dam talks"));
        TestFiles.write(tmp.resolve("seeds/empty.txt"), "");
        TestFiles.write(tmp.resolve("seeds/binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        TestFiles.write(tmp.resolve("seeds/latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
        TestFiles.Run run = TestFiles.run("build", "--project", tmp.toString());
        assertEquals(1, run.code());
        assertEquals(3, run.err().lines().filter(l -> l.contains(": error: ")).count(), run.err());
        assertTrue(run.err().contains("seeds/empty.txt:1: error: empty file"), run.err());
        assertTrue(run.err().contains("seeds/binary.txt:1: error: binary file"), run.err());
        assertTrue(run.err().contains("seeds/latin1.txt:1: error: not valid UTF-8"), run.err());
        assertEquals(before, TestFiles.tree(tmp.resolve("site")), "the previous site, as it was");
        assertTrue(Files.isRegularFile(tmp.resolve("content/water-dispute/second-dam-talks.md")), "the good seed's page");
    }

    @Test
    void aFailedBuildFailsAgainTheSameWayAndOnceFixedTheCacheTakesOver() {
        TestFiles.write(tmp.resolve("seeds/a.txt"), SEED);
        TestFiles.write(tmp.resolve("seeds/empty.txt"), "");
        TestFiles.Run first = TestFiles.run("build", "--project", tmp.toString());
        assertEquals(1, first.code());
        TestFiles.Run again = TestFiles.run("build", "--project", tmp.toString());
        assertEquals(first.err(), again.err(), "the same diagnostics and exit code");
        assertEquals(1, again.code());

        TestFiles.delete(tmp.resolve("seeds/empty.txt"));
        TestFiles.Run fixed = TestFiles.run("build", "--project", tmp.toString());
        assertEquals(0, fixed.code(), fixed.err());
        assertTrue(fixed.out().matches("build: 1 story, 1 page, \\d+ files written to site/ in [0-9.]+ s\n"), fixed.out());
        assertTrue(Files.isRegularFile(tmp.resolve(".cache/explainer/state")));
        TestFiles.Run unchanged = TestFiles.run("build", "--project", tmp.toString());
        assertTrue(unchanged.out().matches("build: 1 story, 1 page, site/ up to date \\(\\d+ files\\) in [0-9.]+ s\n"),
                unchanged.out());

        TestFiles.write(tmp.resolve("seeds/a.txt"), SEED + "\nA new paragraph.\n");
        TestFiles.Run edited = TestFiles.run("build", "--project", tmp.toString());
        assertTrue(edited.out().matches("build: 1 story, 1 page, site/ updated: [1-9]\\d* of \\d+ files written or deleted in [0-9.]+ s\n"),
                edited.out());
        TestFiles.Run full = TestFiles.run("build", "--no-cache", "--project", tmp.toString());
        assertTrue(full.out().matches("build: 1 story, 1 page, \\d+ files written to site/ in [0-9.]+ s\n"), full.out());
    }

    @Test
    void ingestForceWithAPathRegeneratesOnlyThatPage() {
        TestFiles.files(tmp, """
                -- seeds/a.txt --
                Date: 2025-01-01

                First story

                Extended coverage: Test story

                One.
                -- seeds/b.txt --
                Date: 2025-01-02

                Second story

                Extended coverage: Test story

                Two.
                """);
        assertEquals(0, TestFiles.run("ingest", "-q", "--project", tmp.toString()).code());
        Path a = tmp.resolve("content/test-story/first-story.md");
        Path b = tmp.resolve("content/test-story/second-story.md");
        String generatedA = TestFiles.read(a);
        TestFiles.write(a, generatedA.replace("One.", "One, edited."));
        TestFiles.write(b, TestFiles.read(b).replace("Two.", "Two, edited."));
        TestFiles.Run run = TestFiles.run("ingest", "--force", "content/test-story/first-story.md", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(generatedA, TestFiles.read(a), "the named page is made again from its seed");
        assertTrue(TestFiles.read(b).contains("Two, edited."), "the other keeps its hand edits");
        TestFiles.Run missing = TestFiles.run("ingest", "--force", "content/nope.md", "--project", tmp.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("no seed or content page 'content/nope.md' in the project"), missing.err());
    }
}
