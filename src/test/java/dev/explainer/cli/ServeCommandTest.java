package dev.explainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explainer serve} as a user runs it: a busy port is a clear error, and a stop signal shuts it down cleanly. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aBusyPortIsAClearErrorBeforeAnyWork() throws Exception {
        TestFiles.copyTree(Path.of("seeds"), tmp.resolve("seeds"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            TestFiles.Run run = TestFiles.run("serve", "--project", tmp.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, run.code());
            assertEquals("error: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": the port is in use, or not this"
                    + " machine's address\n  hint: stop the other server, or pick another port with --port (0 picks a free one)\n",
                    run.err());
            assertTrue(Files.notExists(tmp.resolve("site")), "nothing was built");
        }
    }

    @Test
    void badPortOrHostAreUsageErrors() {
        assertEquals(2, TestFiles.run("serve", "--port", "70000").code());
        TestFiles.Run host = TestFiles.run("serve", "--host", "no-such-host.invalid");
        assertEquals(2, host.code());
        assertTrue(host.err().startsWith("--host 'no-such-host.invalid' is not an address here"), host.err());
    }

    @Test
    void servesUntilStoppedThenShutsDownCleanly() throws Exception {
        TestFiles.copyTree(Path.of("seeds"), tmp.resolve("seeds"));
        Process serve = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.explainer.cli.Main", "serve", "--port", "0",
                "--project", tmp.toString())).redirectError(tmp.resolve("err.txt").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            Matcher url = null;
            while ((line = out.readLine()) != null) {
                url = Pattern.compile("^Serving site/ at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C to stop\\)$").matcher(line);
                if (url.matches()) {
                    break;
                }
            }
            assertTrue(url != null && url.matches(), "no URL printed; stderr: " + TestFiles.read(tmp.resolve("err.txt")));
            assertEquals("Review what ingest held back at " + url.group(1) + "__explainer/review", out.readLine());
            HttpResponse<String> review = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url.group(1) + "__explainer/review")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(review.body().contains("<h1>Review</h1>"), review.body());
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("<h1>News explainers</h1>") || home.body().contains("News explainers"));

            // what Ctrl-C sends
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).start().waitFor());
            assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "serve did not stop");
            assertEquals("stopped", out.readLine());
            assertTrue(Files.exists(tmp.resolve("site/index.html")), "the built site stays");
        } finally {
            serve.destroyForcibly();
        }
    }
}
