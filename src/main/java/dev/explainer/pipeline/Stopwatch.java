package dev.explainer.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Times the stages of one run for --verbose; it never touches what is built. */
final class Stopwatch {
    private final List<BuildReport.Timing> laps = new ArrayList<>();
    private long last = System.nanoTime();

    void lap(String stage) {
        long now = System.nanoTime();
        laps.add(new BuildReport.Timing(stage, (now - last) / 1_000_000));
        last = now;
    }

    List<BuildReport.Timing> laps() {
        return List.copyOf(laps);
    }
}
