package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.explainer.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder per kind of bad input under {@code invalid/<case>}: building {@code input} must exit
 * with the code and print exactly the diagnostics in {@code expected.txt} ("exit N" then stderr).
 */
class InvalidInputTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> reportsExactDiagnosticsForEachBadInput() throws IOException {
        try (Stream<Path> cases = Files.list(TestFiles.resource("invalid"))) {
            return cases.sorted().toList().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
                    () -> check(c)));
        }
    }

    private void check(Path c) {
        Path project = tmp.resolve(c.getFileName().toString());
        TestFiles.copyTree(c.resolve("input"), project);
        TestFiles.Run run = TestFiles.run("build", "--project", project.toString());
        String actual = "exit " + run.code() + "\n" + run.err();
        Path expected = c.resolve("expected.txt");
        if (GoldenSiteTest.UPDATE) {
            TestFiles.write(expected, actual);
        }
        assertEquals(TestFiles.read(expected), actual);
    }
}
