package dev.explainer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.NpmPackages;
import dev.explainer.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the sample and of the golden fixture, and the theme's CSS, are valid to the W3C's Nu validator (vnu-jar). */
class ValidHtmlTest {
    @TempDir
    Path tmp;

    @Test
    void builtPagesAreValidHtml() throws IOException, InterruptedException {
        Optional<Path> vnu = NpmPackages.fetch("vnu-jar@26.9.27", Path.of("target", "vnu"));
        if (vnu.isEmpty()) {
            assertTrue(System.getenv("CI") == null, "CI must reach the npm registry for vnu-jar");
            Assumptions.abort("vnu-jar could not be fetched with npm; HTML validation skipped");
        }
        TestFiles.copyTree(Path.of("seeds"), tmp.resolve("sample/seeds"));
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), tmp.resolve("golden"));
        for (String project : new String[] {"sample", "golden"}) {
            TestFiles.Run run = TestFiles.run("build", "-q", "--now", "2025-05-04", "--project", tmp.resolve(project).toString());
            assertEquals(0, run.code(), run.err());
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", vnu.get().resolve("build/dist/vnu.jar").toString(),
                "--errors-only", "--skip-non-html", "--also-check-css", tmp.resolve("sample/site").toString(), tmp.resolve("golden/site").toString())
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "vnu did not finish");
        assertEquals("", report);
        assertEquals(0, p.exitValue());
    }
}
