package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.explainer.SafeHtml;
import dev.explainer.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder per kind of bad input under {@code invalid/<case>}: building {@code input} must exit
 * with the code and print exactly the diagnostics in {@code expected.txt} ("exit N" then stderr).
 * And whatever the input, the site is safe: a failed build leaves the previous site exactly as it
 * was, no staging folder stays behind, and no page has script or a link from the input that runs.
 */
class InvalidInputTest {
    private static final Map<String, String> PREVIOUS = Map.of(".explainer-site", "", "index.html", "<p>the previous build</p>");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> reportsExactDiagnosticsForEachBadInput() throws IOException {
        try (Stream<Path> cases = Files.list(TestFiles.resource("invalid"))) {
            return cases.sorted().toList().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
                    () -> check(c)));
        }
    }

    private void check(Path c) throws IOException {
        Path project = tmp.resolve(c.getFileName().toString());
        TestFiles.copyTree(c.resolve("input"), project);
        PREVIOUS.forEach((file, text) -> TestFiles.write(project.resolve("site").resolve(file), text));
        TestFiles.Run run = TestFiles.run("build", "--project", project.toString());
        String actual = "exit " + run.code() + "\n" + run.err();
        Path expected = c.resolve("expected.txt");
        if (GoldenSiteTest.UPDATE) {
            TestFiles.write(expected, actual);
        }
        assertEquals(TestFiles.read(expected), actual);
        try (Stream<Path> beside = Files.list(project)) {
            assertEquals(java.util.List.of(), beside.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site.")).toList(), "no staging folder left behind");
        }
        Map<String, String> site = TestFiles.tree(project.resolve("site"));
        if (run.code() != 0) {
            assertEquals(PREVIOUS, site, "a failed build keeps the previous site");
            return;
        }
        site.forEach((file, text) -> {
            if (file.endsWith(".html")) {
                SafeHtml.assertSafe(file, text);
            }
        });
    }
}
