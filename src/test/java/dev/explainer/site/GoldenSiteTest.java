package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.explainer.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each {@code golden/<case>/input} project builds to exactly {@code golden/<case>/expected}: the
 * content pages ingest wrote, the site, and what the command printed on stderr. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class GoldenSiteTest {
    static final boolean UPDATE = Boolean.getBoolean("golden.update");
    static final String NOW = "2025-05-04";

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> buildsEachCaseToItsExpectedTree() throws IOException {
        Path golden = TestFiles.resource("golden");
        try (Stream<Path> cases = Files.list(golden)) {
            return cases.sorted().toList().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
                    () -> check(c)));
        }
    }

    private void check(Path goldenCase) {
        Path project = tmp.resolve(goldenCase.getFileName().toString());
        TestFiles.copyTree(goldenCase.resolve("input"), project);
        // the site clock is pinned: the news sitemap lists the articles of the two days before it
        TestFiles.Run run = TestFiles.run("build", "--now", NOW, "--project", project.toString());
        Map<String, String> actual = new TreeMap<>();
        TestFiles.tree(project.resolve("content")).forEach((k, v) -> actual.put("content/" + k, v));
        TestFiles.tree(project.resolve("site")).forEach((k, v) -> actual.put("site/" + k, v));
        actual.put("stderr.txt", "exit " + run.code() + "\n" + run.err());
        Path expectedDir = goldenCase.resolve("expected");
        if (UPDATE) {
            rewrite(expectedDir, actual);
        }
        Map<String, String> expected = TestFiles.tree(expectedDir);
        assertEquals(expected.keySet(), actual.keySet(), "files of " + goldenCase);
        expected.forEach((path, text) -> assertEquals(text, actual.get(path), path));
    }

    private static void rewrite(Path dir, Map<String, String> files) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            files.forEach((path, text) -> TestFiles.write(dir.resolve(path), text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
