package dev.explainer.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs Debian's headless Chromium on local files: required under CI=true, skipped elsewhere when absent. */
public final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");

    private final Path profile;

    Chromium(Path profile) {
        this.profile = profile;
    }

    public static void assumeInstalled() {
        if (!Files.isExecutable(BINARY)) {
            assertTrue(System.getenv("CI") == null, "CI must install chromium (see .ci/run)");
            Assumptions.abort("chromium is not installed; browser tests skipped");
        }
    }

    /** The DOM of {@code page} after its scripts ran (up to the virtual time budget). */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return dumpDom(page.toUri().toString());
    }

    /** The DOM of the page at {@code url} (a file: URL may carry a query) after its scripts ran. */
    String dumpDom(String url) throws IOException, InterruptedException {
        return run("--dump-dom", url);
    }

    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, page.toUri().toString());
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--allow-file-access-from-files", "--virtual-time-budget=10000",
                "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 60 s");
        }
        return out;
    }
}
