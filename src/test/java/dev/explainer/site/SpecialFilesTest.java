package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named pipe, or a link to a device, where a seed, page or YAML file is expected is never opened
 * (reading one may never end): it is skipped with a warning naming it, in a first build and in one
 * with the build cache's scan. A template that is one is an error, and the previous site stays.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard: what this tests is a build that never ends
class SpecialFilesTest {
    /** A project's one good article, in the txtar form of {@link TestFiles#files}. */
    static final String GOOD_SEED = """
                -- seeds/good.txt --
                Date: 2025-01-01

                Good article stays

                Extended coverage: Test story

                This one is fine.
                """;

    @TempDir
    Path tmp;

    @Test
    void aPipeIsSkippedWithAWarningAndAPipeTemplateIsAnError() throws IOException, InterruptedException {
        Path project = tmp.resolve("project");
        TestFiles.files(project, GOOD_SEED + """
                -- seeds/folder.txt/inner.txt --
                Date: 2025-01-02

                A seed in a folder named like a seed

                Extended coverage: Test story

                It is read like any other.
                """);
        Files.createDirectories(project.resolve("content"));
        fifo(project.resolve("seeds/pipe.txt"));
        fifo(project.resolve("seeds/pipe.yaml"));
        fifo(project.resolve("content/pipe.md"));
        fifo(project.resolve("content/site.yaml"));
        fifo(project.resolve("content/entities.yaml"));
        String expected = """
                content/entities.yaml: warning: skipped: a named pipe (FIFO), not a regular file
                content/pipe.md: warning: skipped: a named pipe (FIFO), not a regular file
                content/site.yaml: warning: skipped: a named pipe (FIFO), not a regular file
                seeds/pipe.txt: warning: skipped: a named pipe (FIFO), not a regular file
                """;
        for (int build = 1; build <= 2; build++) {
            TestFiles.Run run = TestFiles.run("build", "--project", project.toString());
            assertEquals(0, run.code(), "build " + build + ": " + run.err());
            assertEquals(expected, run.err().lines().filter(l -> l.startsWith("content/") || l.startsWith("seeds/"))
                    .map(l -> l + "\n").reduce("", String::concat), "build " + build);
        }
        assertTrue(Files.isRegularFile(project.resolve("site/test-story/good-article-stays/index.html")));
        assertTrue(Files.isRegularFile(project.resolve("site/test-story/a-seed-in-a-folder-named-like-a-seed/index.html")));

        fifo(project.resolve("templates/article.peb"));
        TestFiles.Run run = TestFiles.run("build", "--project", project.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("templates/article.peb: error: cannot read: a named pipe (FIFO), not a regular file\n"),
                run.err());
        assertTrue(Files.isRegularFile(project.resolve("site/test-story/good-article-stays/index.html")), "the old site stays");
    }

    @Test
    void aSourceOverTheSizeLimitIsAnErrorAndTheSiteStays() throws IOException {
        Path project = tmp.resolve("large");
        TestFiles.files(project, GOOD_SEED);
        assertEquals(0, TestFiles.run("build", "--project", project.toString()).code());
        byte[] big = new byte[9_000_000];
        java.util.Arrays.fill(big, (byte) 'a');
        TestFiles.write(project.resolve("seeds/huge.txt"), big);
        for (int build = 1; build <= 2; build++) {
            TestFiles.Run run = TestFiles.run("build", "--project", project.toString());
            assertEquals(1, run.code());
            assertEquals("seeds/huge.txt: error: cannot read: too large (9.0 MB): a file here may be at most 8 MB\n"
                    + "error: build failed with 1 error\n", run.err());
        }
        assertTrue(Files.isRegularFile(project.resolve("site/test-story/good-article-stays/index.html")));
    }

    private static void fifo(Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        assertEquals(0, new ProcessBuilder("mkfifo", file.toString()).inheritIO().start().waitFor());
    }
}
