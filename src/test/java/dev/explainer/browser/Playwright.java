package dev.explainer.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.NpmPackages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Drives Debian's headless Chromium with npm's {@code playwright-core} (fetched into target/ at test
 * time): a test passes a Node script whose body may use {@code browser} (already launched), {@code args}
 * and {@code log(...)}, and gets back what the script logged. Skipped where Chromium or npm is missing,
 * required under CI=true.
 */
public final class Playwright {
    private static final String VERSION = "1.65.1";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Path module;

    private Playwright(Path module) {
        this.module = module;
    }

    /** @return a driver, or aborts the test when Chromium or playwright-core is not available here */
    public static Playwright require() {
        Chromium.assumeInstalled();
        Optional<Path> pkg = NpmPackages.fetch("playwright-core@" + VERSION, Path.of("target", "playwright"));
        if (pkg.isEmpty()) {
            assertTrue(System.getenv("CI") == null, "CI must reach the npm registry for playwright-core");
            Assumptions.abort("playwright-core could not be fetched with npm; browser test skipped");
        }
        return new Playwright(pkg.get().toAbsolutePath());
    }

    /**
     * Runs {@code body} (the inside of an async function) with {@code browser}, {@code args} and
     * {@code log} in scope.
     *
     * @return the lines the script logged
     * @throws AssertionError when the script throws or does not finish in {@code timeoutSeconds}
     */
    public List<String> run(Path dir, String body, int timeoutSeconds, String... args) throws IOException, InterruptedException {
        Path script = Files.createTempFile(dir, "playwright-", ".js");
        Files.writeString(script, """
                const { chromium } = require(%s);
                const args = process.argv.slice(2);
                const log = (...parts) => console.log(parts.join(' '));
                (async () => {
                  const browser = await chromium.launch({ executablePath: %s,
                      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
                  try {
                %s
                  } finally {
                    await browser.close();
                  }
                })().catch(e => { console.error(e && e.stack || String(e)); process.exit(3); });
                """.formatted(js(module.toString()), js(CHROMIUM.toString()), body));
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "playwright-", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("browser script did not finish in " + timeoutSeconds + " s; it logged:\n" + out);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("browser script failed (exit " + p.exitValue() + "):\n" + Files.readString(err)
                    + "\nit logged:\n" + out);
        }
        return out.lines().toList();
    }

    /** A JavaScript string literal. */
    static String js(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
