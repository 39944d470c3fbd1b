package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import dev.explainer.bench.SyntheticCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build (a child JVM) killed with kill -9 at many moments: while it stages, while a full build
 * swaps its folder in, while an incremental one links its kept files in. Right after the kill
 * {@code site/} is wholly the old site or wholly the new, or missing with the old site moved aside
 * (a kill between the swap's two renames); and the next build undoes what was left, succeeds, and
 * leaves the new site and nothing beside it but the spare the next update starts from.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES) // a guard only
class KillTest {
    @TempDir
    Path tmp;

    @Test
    void aBuildKilledAtAnyMomentLeavesTheOldOrTheNewSiteAndTheNextBuildSucceeds() throws Exception {
        Path project = tmp.resolve("project");
        SyntheticCorpus.generate(300, (path, text) -> TestFiles.write(project.resolve("seeds").resolve(path), text));
        Path edited = firstSeed(project);
        String before = TestFiles.read(edited);
        String after = before + "\nA paragraph added for the new build.\n";
        Map<String, String> oldSite = build(project);
        TestFiles.write(edited, after);
        Map<String, String> newSite = build(project);
        assertTrue(!oldSite.equals(newSite));

        int killed = 0;
        for (boolean cached : new boolean[] {true, false}) {
            for (Predicate<Path> moment : moments()) {
                TestFiles.write(edited, before);
                assertEquals(oldSite, build(project), "back to the old site");
                TestFiles.write(edited, after);
                if (killAt(project, cached, moment)) {
                    killed++;
                }
                Map<String, String> now = TestFiles.tree(project.resolve("site"));
                assertTrue(now.equals(oldSite) || now.equals(newSite) || now.isEmpty() && oldAside(project),
                        "the old site or the new, or the old one moved aside");
                assertEquals(newSite, build(project), "the next build succeeds with the new site");
                assertEquals(List.of("site"), beside(project).stream().filter(n -> !n.equals(".site.spare")).toList(),
                        "nothing left beside the site but the spare");
            }
        }
        assertTrue(killed > 0, "some kills landed inside a build");
    }

    /** Moments to kill at, as seen from outside: a staging folder, with so many files in it, an old site moved aside. */
    private static List<Predicate<Path>> moments() {
        List<Predicate<Path>> moments = new ArrayList<>();
        for (int files : new int[] {0, 1, 20, 200, 600, 1000}) {
            moments.add(p -> staged(p) > files);
        }
        moments.add(KillTest::oldAside);
        return moments;
    }

    /** Runs a build in a child JVM and kills it (SIGKILL) once {@code moment} holds; false when it ended first. */
    private static boolean killAt(Path project, boolean cached, Predicate<Path> moment) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), "dev.explainer.cli.Main", "build", "--quiet", "--project", project.toString()));
        if (!cached) {
            command.add("--no-cache");
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        while (child.isAlive()) {
            if (moment.test(project)) {
                child.destroyForcibly();
                child.waitFor();
                return true;
            }
            Thread.onSpinWait();
        }
        return false;
    }

    private static Map<String, String> build(Path project) {
        TestFiles.Run run = TestFiles.run("build", "--quiet", "--project", project.toString());
        assertEquals(0, run.code(), run.err());
        return TestFiles.tree(project.resolve("site"));
    }

    private static Path firstSeed(Path project) throws IOException {
        try (Stream<Path> seeds = Files.walk(project.resolve("seeds"))) {
            return seeds.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
    }

    private static List<String> beside(Path project) {
        try (Stream<Path> files = Files.list(project)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site") || n.equals("site")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean oldAside(Path project) {
        return beside(project).stream().anyMatch(n -> n.startsWith(".site.old-"));
    }

    private static long staged(Path project) {
        long n = 0;
        for (String name : beside(project)) {
            if (name.startsWith(".site.build-")) {
                try (Stream<Path> files = Files.walk(project.resolve(name))) {
                    n += files.count();
                } catch (IOException | java.io.UncheckedIOException e) {
                    // moved or deleted while we looked
                }
            }
        }
        return n;
    }
}
