package dev.explainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explainer init, new and list: start a project, start an article, see what a build will publish. */
class ScaffoldCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void initStartsAProjectThatBuildsAndRefusesOneThatExists() throws IOException {
        Path dir = tmp.resolve("newsroom");
        TestFiles.Run init = TestFiles.run("init", dir.toString());
        assertEquals(0, init.code(), init.err());
        for (String file : new String[] {"seeds/iraq-iran-us-join-fight-against-isis.txt", "content/site.yaml",
                ".github/workflows/publish.yml", ".gitignore"}) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
        }
        TestFiles.Run build = TestFiles.run("build", "-q", "--project", dir.toString());
        assertEquals(0, build.code(), build.err());
        assertEquals("", build.err());
        assertTrue(Files.isRegularFile(dir.resolve("site/iraq-crisis/index.html")), "the sample's story hub");

        TestFiles.Run again = TestFiles.run("init", dir.toString());
        assertEquals(1, again.code());
        assertEquals(dir + ": error: it already has seeds; init starts a project only where there is none (run"
                + " 'explainer build --project " + dir + "' to build that one)\n", again.err());
    }

    @Test
    void initKeepsAGitignoreThatIsThere() throws IOException {
        TestFiles.write(tmp.resolve(".gitignore"), "notes/\n");
        assertEquals(0, TestFiles.run("init", "-q", tmp.toString()).code());
        assertEquals("notes/\n", Files.readString(tmp.resolve(".gitignore")));
    }

    @Test
    void newWritesASeedWithItsDateAndStoryAndNeverOverwritesOne() throws IOException {
        Files.createDirectories(tmp.resolve("seeds"));
        TestFiles.Run made = TestFiles.run("new", "Valdoria names an envoy", "--story", "Valdoria water dispute",
                "--author", "Mira Castell", "--date", "2025-03-09", "--project", tmp.toString());
        assertEquals(0, made.code(), made.err());
        assertEquals("""
                Date: 2025-03-09
                Author: Mira Castell

                Valdoria names an envoy

                Extended coverage: Valdoria water dispute
                """, Files.readString(tmp.resolve("seeds/valdoria-names-an-envoy.txt")));

        TestFiles.Run twice = TestFiles.run("new", "Valdoria names an envoy", "--project", tmp.toString());
        assertEquals(1, twice.code());
        assertEquals("seeds/valdoria-names-an-envoy.txt: error: the file already exists; edit it, or give the new"
                + " article another headline\n", twice.err());

        TestFiles.Run blank = TestFiles.run("new", "  ", "--project", tmp.toString());
        assertEquals(2, blank.code());
        assertTrue(blank.err().startsWith("HEADLINE must be one line of text\n"), blank.err());
    }

    @Test
    void listShowsWhatABuildPublishesAndWhatItLeavesOutAndWhy() {
        TestFiles.files(tmp, """
                -- content/site.yaml --
                title: Desk
                -- content/talks.md --
                ---
                title: Talks open
                date: 2025-03-01
                ---
                Text.
                -- content/plan.md --
                ---
                title: A plan
                draft: true
                ---
                Text.
                -- content/vote.md --
                ---
                title: Vote day
                date: 2025-04-01
                ---
                Text.
                -- content/notice.md --
                ---
                title: Road closed
                date: 2025-02-01
                expires: 2025-03-10
                ---
                Text.
                """);
        TestFiles.Run list = TestFiles.run("list", "--project", tmp.toString(), "--now", "2025-03-15");
        assertEquals(0, list.code(), list.err());
        assertEquals("""
                STATUS     DATE               FILE               URL
                scheduled  2025-04-01T00:00Z  content/vote.md    /vote/
                published  2025-03-01T00:00Z  content/talks.md   /talks/
                expired                       content/notice.md  /notice/
                draft                         content/plan.md    /plan/
                """, list.out());
    }
}
