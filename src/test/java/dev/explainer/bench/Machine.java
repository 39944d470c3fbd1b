package dev.explainer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The line above the table: when, on what, with which versions, and how many runs per median. */
final class Machine {
    private Machine() {
    }

    static String describe(int runs) {
        return String.format(Locale.ROOT, "%s UTC; %d cores (%s), %s RAM, load average %s at the end (other work on"
                        + " the machine makes times noisy); Java %s; %s; median of %d runs per phase (start-up: at least 5),"
                        + " one run for corpora of %,d articles or more.",
                Instant.now().truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ').replace("Z", ""),
                Runtime.getRuntime().availableProcessors(), cpu(), memory(), loadAverage(),
                System.getProperty("java.version"), hugo(), runs, Benchmark.FULL_LIMIT);
    }

    /** The 1, 5 and 15 minute load averages, as in uptime. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpu() {
        return procLine("/proc/cpuinfo", "model name").replaceAll("\\s+", " ");
    }

    private static String memory() {
        String kb = procLine("/proc/meminfo", "MemTotal").replaceAll("[^0-9]", "");
        return kb.isEmpty() ? "unknown" : String.format(Locale.ROOT, "%.0f GB", Long.parseLong(kb) / 1024.0 / 1024.0);
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(key))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String hugo() {
        try {
            Process p = new ProcessBuilder(List.of("hugo", "version")).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return out.isEmpty() ? "hugo unknown" : out.split(" ")[0] + " " + out.split(" ")[1];
        } catch (IOException e) {
            return "hugo not found";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "hugo unknown";
        }
    }
}
