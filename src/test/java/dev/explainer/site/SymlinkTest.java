package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources are read only from inside their folder: a link in seeds/, content/ or templates/assets/
 * to a file outside it (another folder of the machine, the project's .git/config) or a link that
 * loops is an error naming it, and nothing it points to reaches the site, in a first build and in
 * one that has the build cache's scan.
 */
class SymlinkTest {
    private static final String SECRET = "TOKEN-5f3a9c";

    @TempDir
    Path tmp;

    @Test
    void aLinkOutOfItsFolderIsAnErrorAndNothingItPointsToIsPublished() throws IOException {
        Path project = tmp.resolve("project");
        TestFiles.files(project, SpecialFilesTest.GOOD_SEED + """
                -- .git/config --
                [http] extraheader = AUTHORIZATION: basic %s
                """.formatted(SECRET));
        TestFiles.write(tmp.resolve("outside/secret.txt"), "Secret headline\n\n" + SECRET + " is the password.\n");
        Files.createSymbolicLink(project.resolve("seeds/passwd.txt"), tmp.resolve("outside/secret.txt"));
        Files.createSymbolicLink(project.resolve("seeds/git.txt"), Path.of("../.git/config"));
        Files.createSymbolicLink(project.resolve("seeds/loop.txt"), Path.of("loop.txt"));
        Files.createDirectories(project.resolve("content"));
        Files.createSymbolicLink(project.resolve("content/evil.md"), tmp.resolve("outside/secret.txt"));
        Files.createSymbolicLink(project.resolve("content/site.yaml"), Path.of("../.git/config"));
        Files.createDirectories(project.resolve("templates/assets"));
        Files.createSymbolicLink(project.resolve("templates/assets/secret.txt"), tmp.resolve("outside/secret.txt"));

        String outside = tmp.resolve("outside/secret.txt").toRealPath().toString();
        String git = project.resolve(".git/config").toRealPath().toString();
        String expected = "content/evil.md: error: cannot read: a link to " + outside + ", outside content/: only files inside it are read\n"
                + "content/site.yaml: error: cannot read: a link to " + git + ", outside content/: only files inside it are read\n"
                + "seeds/git.txt: error: cannot read: a link to " + git + ", outside seeds/: only files inside it are read\n"
                + "seeds/loop.txt: error: cannot read: a link that loops or leads nowhere\n"
                + "seeds/passwd.txt: error: cannot read: a link to " + outside + ", outside seeds/: only files inside it are read\n"
                + "error: build failed with 5 errors\n";
        for (int build = 1; build <= 2; build++) {
            TestFiles.Run run = TestFiles.run("build", "--project", project.toString());
            assertEquals(1, run.code(), "build " + build);
            assertEquals(expected, run.err(), "build " + build);
        }
        Files.delete(project.resolve("content/evil.md"));
        Files.delete(project.resolve("content/site.yaml"));
        Files.delete(project.resolve("seeds/passwd.txt"));
        Files.delete(project.resolve("seeds/git.txt"));
        Files.delete(project.resolve("seeds/loop.txt"));
        TestFiles.Run run = TestFiles.run("build", "--project", project.toString());
        assertEquals("templates/assets/secret.txt: error: cannot publish: a link to " + outside
                + ", outside assets/: only files inside it are read\nerror: build failed with 1 error\n", run.err());
        assertFalse(Files.exists(project.resolve("site/assets/secret.txt")));
        Files.delete(project.resolve("templates/assets/secret.txt"));
        assertEquals(0, TestFiles.run("build", "--project", project.toString()).code());
        TestFiles.tree(project.resolve("site")).forEach((file, text) -> assertFalse(text.contains(SECRET), file));
        assertTrue(TestFiles.tree(project.resolve("content")).values().stream().noneMatch(t -> t.contains(SECRET)));
    }
}
