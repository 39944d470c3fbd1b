package dev.explainer.cli;

import dev.explainer.render.Progress;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on a terminal, redrawn at most ten times a second and wiped when done.
 * Only for a terminal: in CI (no console) the build prints its one summary line and nothing else.
 */
final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = 100_000_000;

    private final PrintWriter err;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong drawn = new AtomicLong();
    private volatile int total;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar when the output is a terminal and not quiet, else nothing. */
    static Progress forTerminal(PrintWriter err, boolean quiet) {
        return System.console() != null && !quiet ? new ProgressBar(err) : Progress.NONE;
    }

    @Override
    public void start(int files) {
        total = files;
        done.set(0);
        drawn.set(System.nanoTime());
    }

    @Override
    public void advance() {
        int n = done.incrementAndGet();
        long last = drawn.get();
        long now = System.nanoTime();
        if (now - last >= EVERY_NANOS && drawn.compareAndSet(last, now)) {
            draw(n);
        }
    }

    private synchronized void draw(int n) {
        int filled = total == 0 ? WIDTH : Math.min(WIDTH, n * WIDTH / total);
        err.print("\rrendering [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + n + "/" + total);
        err.flush();
    }

    /** Wipes the bar, so the summary line starts clean. */
    synchronized void clear() {
        err.print("\r\033[K");
        err.flush();
    }
}
