package dev.explainer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command under GNU time ({@code /usr/bin/time -f %M}) for its wall time and peak resident
 * memory; its output goes to a log file, so a failed run can be shown.
 */
record TimedCommand(Path dir, List<String> command) {
    private static final long TIMEOUT_MINUTES = 60;

    TimedCommand {
        command = List.copyOf(command);
    }

    static TimedCommand of(Path dir, String... command) {
        return new TimedCommand(dir, List.of(command));
    }

    record Sample(double seconds, long peakRssKb) {
    }

    Sample run(Path log) {
        try {
            Files.createDirectories(log.getParent());
            Path rss = log.resolveSibling(log.getFileName() + ".rss");
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString()));
            timed.addAll(command);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(timed).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over " + TIMEOUT_MINUTES + " minutes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (process.exitValue() != 0) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue()
                        + " (log: " + log + "):\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 8), lines.size())));
            }
            List<String> rssLines = Files.readAllLines(rss, StandardCharsets.UTF_8);
            return new Sample(seconds, Long.parseLong(rssLines.get(rssLines.size() - 1).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
