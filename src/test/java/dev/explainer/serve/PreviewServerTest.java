package dev.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preview server over real HTTP on a free loopback port: it behaves like a static host, and never serves what lies outside the site. */
class PreviewServerTest {
    @TempDir
    Path tmp;
    private PreviewServer server;
    private final Events events = new Events();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        Path site = tmp.resolve("site");
        TestFiles.write(site.resolve("index.html"), "<!DOCTYPE html><html><body><h1>Home</h1></body></html>");
        TestFiles.write(site.resolve("story/index.html"), "<!DOCTYPE html><html><body><h1>Story</h1></body></html>");
        TestFiles.write(site.resolve("assets/style.css"), "body { color: black }");
        TestFiles.write(site.resolve("feed.xml"), "<feed/>");
        TestFiles.write(site.resolve("404.html"), "<!DOCTYPE html><html><body><h1>Lost?</h1></body></html>");
        TestFiles.write(site.resolve("Zürich café/index.html"), "<p>Unicode path</p>");
        TestFiles.write(tmp.resolve("secret.txt"), "the project's secret");
        Files.createSymbolicLink(site.resolve("escape.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), tmp);
        server = PreviewServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), site, events);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesPagesWithTheReloadScriptAddedAndTheFileOnDiskUntouched() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("<!DOCTYPE html><html><body><h1>Home</h1><script src=\"/__explainer/live.js\" data-build=\"0\"></script></body></html>",
                home.body());
        assertFalse(TestFiles.read(tmp.resolve("site/index.html")).contains("live.js"));
        assertEquals(home.body(), get("/index.html").body());
        HttpResponse<String> script = get("/__explainer/live.js");
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(script.body().contains("new EventSource('/__explainer/events' + (build ? '?since='"));
    }

    @Test
    void folderIndexAndRedirectToTheSlashedFolder() throws Exception {
        assertTrue(get("/story/").body().contains("<h1>Story</h1>"));
        HttpResponse<String> bare = get("/story?x=1");
        assertEquals(301, bare.statusCode());
        assertEquals("/story/?x=1", bare.headers().firstValue("Location").orElseThrow());
        assertTrue(get("/Z%C3%BCrich%20caf%C3%A9/").body().contains("Unicode path"));
    }

    @Test
    void contentTypesOfAStaticHost() throws Exception {
        assertEquals("text/css; charset=utf-8", get("/assets/style.css").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/xml; charset=utf-8", get("/feed.xml").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("body { color: black }", get("/assets/style.css").body(), "only HTML gets the script");
        assertEquals("nosniff", get("/assets/style.css").headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void missingPagesGetTheSites404Page() throws Exception {
        HttpResponse<String> missing = get("/no/such/page/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<h1>Lost?</h1>"));
        assertTrue(missing.body().contains("live.js"), "the 404 page reloads too, once the page is built");
    }

    @Test
    void headSendsTheHeadersOnly() throws Exception {
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(uri("/assets/style.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("21", head.headers().firstValue("Content-Length").orElseThrow());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void refusesEveryWayOutOfTheSite() throws Exception {
        // raw request lines: a client library would clean these paths up before sending them
        for (String path : new String[] {"/../secret.txt", "/story/../../secret.txt", "/%2e%2e/secret.txt",
                "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/%252e%252e/secret.txt",
                "/story/%2e%2e/%2e%2e/secret.txt", "/%c0%ae%c0%ae/secret.txt", "/story%00/index.html",
                "//etc/passwd", "/escape.txt", "/outside/secret.txt", "/.%2e/secret.txt"}) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String status = response.substring(0, response.indexOf("\r\n"));
            assertTrue(status.endsWith(" 400 Bad Request") || status.endsWith(" 404 Not Found"), path + " -> " + status);
            assertFalse(response.contains("the project's secret"), path);
        }
    }

    /** Against DNS rebinding: a request that names another site in its Host header is refused. */
    @Test
    void answersOnlyToThisMachinesOwnNames() throws Exception {
        for (String host : new String[] {"evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.nip.io"}) {
            String response = raw("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 403 "), host + " -> " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("<h1>"), host);
        }
        for (String host : new String[] {"localhost", "localhost:4000", "news.localhost", "127.0.0.1:4000", "[::1]:4000", "10.0.0.7"}) {
            String response = raw("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 200 "), host + " -> " + response.lines().findFirst().orElse(""));
        }
    }

    @Test
    void anOverlongOrMalformedRequestIsRefusedAndTheServerGoesOn() throws Exception {
        String longPath = "/" + "a".repeat(200_000);
        String response = raw("GET " + longPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertFalse(response.startsWith("HTTP/1.1 200 "), response.lines().findFirst().orElse("(closed)"));
        raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Evil: a\rb\r\nConnection: close\r\n\r\n");
        raw("\u0000\u0001garbage\r\n\r\n");
        assertEquals(200, get("/").statusCode());
    }

    /**
     * A page is served with the number of the build it shows; one whose event stream opens after later
     * builds (a save while it was loading) is told at once what they changed, as is one that reconnects.
     */
    @Test
    void aPageThatConnectsAfterLaterBuildsIsToldWhatTheyChanged() throws Exception {
        assertTrue(get("/").body().contains("data-build=\"0\""));
        events.reload(List.of("assets/style.css"));
        events.reload(List.of("story/index.html"));
        assertTrue(get("/story/").body().contains("data-build=\"2\""));
        assertTrue(get("/no/such/page/").body().contains("data-build=\"2\""));
        assertEquals(List.of("retry: 500", "", "id: 2", "event: reload", "data: assets/style.css", "data: story/index.html", ""),
                events("/__explainer/events?since=0", null, 2));
        assertEquals(List.of("retry: 500", "", "id: 2", "event: reload", "data: story/index.html", ""),
                events("/__explainer/events?since=1", null, 2));
        // up to date, or reconnecting after the last event it had: only the next event (a ping here)
        assertEquals(List.of("retry: 500", "", ": ping", ""), events("/__explainer/events?since=2", null, 2));
        assertEquals(List.of("retry: 500", "", ": ping", ""), events("/__explainer/events?since=0", "2", 2));
        assertEquals(List.of("retry: 500", "", ": ping", ""), events("/__explainer/events", null, 2), "no build named: nothing to catch up");
        // a page older than the builds kept: a reload with no paths, which reloads it whole
        for (int i = 0; i < 70; i++) {
            events.reload(List.of("index.html"));
        }
        assertEquals(List.of("retry: 500", "", "id: 72", "event: reload", "data: ", ""), events("/__explainer/events?since=1", null, 2));
    }

    /**
     * Under load: 1,000 requests at once on loopback while 50 pages hold event streams and a build
     * lands; every request is answered, and every page is told of the build.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard only
    void aThousandConcurrentRequestsAreAllAnsweredAndNoReloadIsLost() throws Exception {
        List<HttpResponse<InputStream>> streams = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            streams.add(http.send(HttpRequest.newBuilder(uri("/__explainer/events?since=0")).build(),
                    HttpResponse.BodyHandlers.ofInputStream()));
        }
        String[] paths = {"/", "/story/", "/assets/style.css", "/feed.xml", "/no/such/page", "/Z%C3%BCrich%20caf%C3%A9/"};
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            answers.add(http.sendAsync(HttpRequest.newBuilder(uri(paths[i % paths.length])).build(),
                    HttpResponse.BodyHandlers.ofString()));
            if (i == 500) {
                events.reload(List.of("story/index.html"));
            }
        }
        for (int i = 0; i < answers.size(); i++) {
            int status = answers.get(i).join().statusCode();
            assertEquals(paths[i % paths.length].equals("/no/such/page") ? 404 : 200, status, paths[i % paths.length]);
        }
        for (HttpResponse<InputStream> stream : streams) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                List<String> lines = new ArrayList<>();
                while (!lines.contains("data: story/index.html")) {
                    lines.add(in.readLine());
                }
                assertEquals(List.of("retry: 500", "", "id: 1", "event: reload", "data: story/index.html"), lines);
            }
        }
    }

    /** A page whose connection stops reading (a frozen tab, a stalled proxy) holds up no other page's reloads. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard: before, the next reload waited on the stuck page for ever
    void aPageThatStopsReadingHoldsUpNoOtherPagesEvents() throws Exception {
        try (Socket stuck = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            stuck.getOutputStream().write("GET /__explainer/events HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = stuck.getInputStream();
            String head = "";
            while (!head.endsWith("retry: 500\n\n")) {
                head += (char) in.read();
            }
            // it reads no more; these fill its connection's buffers many times over
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                paths.add("story/a-long-path-to-fill-the-buffers-of-a-page-that-does-not-read-" + i + "/index.html");
            }
            for (int i = 0; i < 100; i++) {
                events.reload(paths);
            }
            assertEquals(List.of("retry: 500", "", ": ping", ""), events("/__explainer/events", null, 2));
            events.reload(List.of("index.html"));
            assertEquals(List.of("retry: 500", "", "id: 101", "event: reload", "data: index.html", ""),
                    events("/__explainer/events?since=100", null, 2));
        }
    }

    /** The first {@code blocks} blocks of an event stream (each ends with a blank line), with a ping sent after the first. */
    private List<String> events(String path, String lastEventId, int blocks) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (int seen = 0; seen < blocks; ) {
                String line = in.readLine();
                lines.add(line);
                if (line.isEmpty() && ++seen == 1) {
                    // the stream is attached once its first block is sent: a ping now comes after any catching up
                    events.ping();
                }
            }
            return lines;
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
