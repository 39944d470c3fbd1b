package dev.explainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explainer check as the CI gate: every problem at once, GNU style, with a count; exit 1 on errors. */
class CheckCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theSampleProjectPassesEvenWithStrict() {
        for (String dir : new String[] {"seeds", "content", "templates"}) {
            TestFiles.copyTree(Path.of(dir), tmp.resolve(dir));
        }
        TestFiles.Run run = TestFiles.run("check", "--strict", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().matches("check: 1 page, \\d+ files checked: 0 errors, 0 warnings, in \\d+\\.\\d\\d s\\n"), run.out());
        assertFalse(Files.exists(tmp.resolve("site")), "check writes nothing");
    }

    @Test
    void aPlantedBrokenLinkFailsNamingTheMarkdownFileAndLineWithEveryOtherProblem() {
        TestFiles.copyTree(TestFiles.resource("check/planted"), tmp);
        Map<String, String> before = TestFiles.tree(tmp);
        TestFiles.Run run = TestFiles.run("check", "--project", tmp.toString());
        assertEquals(1, run.code());
        assertEquals("""
                content/notes/bare.md: error: page bare/index.html is not linked from any other page
                  hint: link it from a list or a story, or mark it 'draft: true'
                content/notes/bare.md: warning: page bare/index.html has no description
                  hint: give the page a 'summary:' in its front matter
                content/notes/guide.md:8: error: broken link '../water-dispute/glossary/index.html' (in guide/index.html)
                content/notes/guide.md:10: error: broken anchor '../water-dispute/talks-resume/index.html#no-such-part': \
                no id 'no-such-part' in water-dispute/talks-resume/index.html (in guide/index.html)
                templates/archive.peb: error: HTML of archive/index.html is not well formed at line L, column C: \
                Unexpected EndTag token [</span>] when in state [InBody]
                error: check failed with 4 errors and 1 warning
                """, run.err().replaceAll("at line \\d+, column \\d+", "at line L, column C"));
        assertEquals(before, TestFiles.tree(tmp), "check writes nothing, not even content/");
    }

    @Test
    void strictMakesWarningsFail() {
        TestFiles.files(tmp, """
                -- content/site.yaml --
                base_url: https://example.org/
                description: A site.
                -- content/a.md --
                ---
                title: A page without a summary
                ---
                """);
        TestFiles.Run lenient = TestFiles.run("check", "--project", tmp.toString());
        assertEquals(0, lenient.code(), lenient.err());
        assertEquals("content/a.md: warning: page a/index.html has no description\n"
                + "  hint: give the page a 'summary:' in its front matter\n", lenient.err());
        assertTrue(lenient.out().contains(": 0 errors, 1 warning, in "), lenient.out());
        TestFiles.Run strict = TestFiles.run("check", "--strict", "--project", tmp.toString());
        assertEquals(1, strict.code());
        assertTrue(strict.err().endsWith("error: 1 warning with --strict\n"), strict.err());
    }

    @Test
    void brokenLinksCanBeMadeWarningsForBuild() {
        TestFiles.files(tmp, """
                -- content/site.yaml --
                broken_links: warning
                -- content/a.md --
                ---
                title: A
                summary: A page.
                ---

                [gone](../b/index.html)
                """);
        TestFiles.Run build = TestFiles.run("build", "--project", tmp.toString());
        assertEquals(0, build.code(), build.err());
        assertEquals("content/a.md:6: warning: broken link '../b/index.html' (in a/index.html)\n", build.err());
        assertTrue(Files.isRegularFile(tmp.resolve("site/a/index.html")));
        assertEquals(1, TestFiles.run("build", "-q", "--strict", "--project", tmp.toString()).code());
    }

    @Test
    void badSiteSettingsAreReportedAtTheirLines() {
        TestFiles.files(tmp, """
                -- content/site.yaml --
                title: Bad settings
                base_url: ftp://example.org/
                time_zone: Mars/Olympus
                feed_entries: many
                broken_links: sometimes
                language: 'not a tag!'
                colour: red
                """);
        TestFiles.Run run = TestFiles.run("check", "--project", tmp.toString());
        assertEquals(1, run.code());
        assertEquals("""
                content/site.yaml:2: error: 'ftp://example.org/' is not an absolute http or https URL (like https://example.org/news/)
                content/site.yaml:3: error: unknown time zone 'Mars/Olympus' (use a name like Europe/London, or UTC)
                content/site.yaml:4: error: 'feed_entries' must be a whole number from 1 to 1000, not 'many'
                content/site.yaml:5: error: 'broken_links' must be error or warning, not 'sometimes'
                content/site.yaml:6: error: 'not a tag!' is not a language tag (like en, en-GB or pt-BR)
                content/site.yaml:7: error: unknown key 'colour' in site.yaml
                  hint: site.yaml may set title, description, language, base_url, publisher, logo, author, time_zone, feed_entries, broken_links
                error: check failed with 6 errors
                """, run.err());
    }

    @Test
    void aLogoThatIsNotInTheSiteIsAnError() {
        TestFiles.files(tmp, """
                -- content/site.yaml --
                base_url: https://example.org/
                logo: assets/missing.png
                -- content/a.md --
                ---
                title: A
                summary: A page.
                ---
                """);
        TestFiles.Run run = TestFiles.run("check", "--project", tmp.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("content/site.yaml: error: the logo 'assets/missing.png' is not in the built site\n"),
                run.err());
    }
}
