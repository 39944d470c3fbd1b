package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.explainer.TestFiles;
import dev.explainer.bench.SyntheticCorpus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into a full file system (a 32 MB tmpfs, where the machine lets the tests mount one) fails
 * with one clear error naming the site, keeps the previous site, leaves no staging folder, and the
 * build after space is freed succeeds.
 */
class FullDiskTest {
    @TempDir
    Path tmp;
    private Path disk;

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (disk != null) {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void aFullDiskIsOneErrorAndThePreviousSiteStays() throws Exception {
        Path mount = tmp.resolve("disk");
        Files.createDirectories(mount);
        boolean mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", mount.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        assumeTrue(mounted, "this machine does not let the tests mount a tmpfs");
        disk = mount;
        Path project = tmp.resolve("project");
        SyntheticCorpus.generate(40, (path, text) -> TestFiles.write(project.resolve("seeds").resolve(path), text));
        Path site = mount.resolve("site");
        String[] build = {"build", "--project", project.toString(), "-o", site.toString()};
        TestFiles.Run first = TestFiles.run(build);
        assertEquals(0, first.code(), first.err());
        Map<String, String> before = TestFiles.tree(site);

        Path filler = mount.resolve("filler");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[64 * 1024];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full
        }
        try (Stream<Path> seeds = Files.walk(project.resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.writeString(seed, Files.readString(seed) + "\nA paragraph for the new build.\n");
            }
        }
        for (String cache : new String[] {"--no-cache", "-q"}) {
            TestFiles.Run run = TestFiles.run(build[0], build[1], build[2], build[3], build[4], cache);
            assertEquals(1, run.code());
            assertEquals(site + ": error: cannot write the site: No space left on device; the previous site is kept\n"
                    + "error: build failed with 1 error\n", run.err());
            assertEquals(before, TestFiles.tree(site), "the previous site, as it was");
            try (Stream<Path> beside = Files.list(mount)) {
                assertEquals(List.of("filler", "site"), beside.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
        Files.delete(filler);
        TestFiles.Run freed = TestFiles.run(build);
        assertEquals(0, freed.code(), freed.err());
    }
}
