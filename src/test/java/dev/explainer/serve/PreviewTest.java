package dev.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import dev.explainer.pipeline.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explainer serve} end to end on a real port: a saved edit is rebuilt, and the reload event
 * reaches the page only once the new file is on disk; a broken template keeps the last good site
 * served and sends its error; the next good save recovers.
 */
class PreviewTest {
    private static final String ARTICLE = "portmere-festival/harbour-festival-returns-to-portmere-after-five-years/index.html";

    @TempDir
    Path tmp;
    private Path project;
    private Preview preview;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final HttpClient http = HttpClient.newHttpClient();
    /** Each event as "name: data", with what the article page held on disk when it arrived. */
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        project = tmp.resolve("project");
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), project);
        preview = Preview.start(new BuildOptions(project, project.resolve("site"), false, false),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new PrintWriter(out, true), new PrintWriter(err, true));
        listen();
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void anEditReloadsOnlyOnceTheNewPageIsOnDisk() throws Exception {
        Path page = contentPage("harbour-festival-returns");
        Files.writeString(page, Files.readString(page) + "\nThe mayor rang the harbour bell at noon.\n");
        String event = next("reload");
        assertTrue(event.contains(ARTICLE), event);
        assertTrue(event.contains("on disk: rang the harbour bell"), "the page was in place before the event: " + event);
        assertTrue(get(ARTICLE).body().contains("rang the harbour bell"));
        assertTrue(out.toString().contains("harbour-festival-returns-to-portmere-after-five-years.md changed: 1 file written in "),
                out.toString());
    }

    @Test
    void aBrokenTemplateKeepsTheLastGoodSiteAndRecovers() throws Exception {
        String good = get(ARTICLE).body();
        TestFiles.write(project.resolve("templates/article.peb"),
                "{% extends \"base.peb\" %}\n{% block content %}{{ page.no_such_field }}{% endblock %}\n");
        String failed = next("failed");
        assertTrue(failed.contains("templates/article.peb:2: error:"), failed);
        assertEquals(good, get(ARTICLE).body(), "the last good page is still served");
        assertTrue(err.toString().contains("build failed; still serving the last good site"), err.toString());

        TestFiles.write(project.resolve("templates/article.peb"),
                "{% extends \"base.peb\" %}\n{% block content %}<h1>Fixed: {{ page.title }}</h1>{% endblock %}\n");
        next("reload");
        assertTrue(get(ARTICLE).body().contains("<h1>Fixed: Harbour festival returns"), "recovered on the next good save");
        assertTrue(out.toString().contains("build fixed"), out.toString());
    }

    @Test
    void aStylesheetChangeIsAnnouncedAsCssOnly() throws Exception {
        TestFiles.write(project.resolve("templates/assets/style.css"), "body { color: #123 }\n");
        String event = next("reload");
        assertTrue(event.startsWith("reload: assets/style.css on disk:"), event);
    }

    private Path contentPage(String prefix) throws IOException {
        try (Stream<Path> walk = Files.walk(project.resolve("content"))) {
            return walk.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    /** Reads the event stream in the background, noting the article's text on disk as each event arrives. */
    private void listen() throws Exception {
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(preview.url().resolve(PreviewServer.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            String name = null;
            List<String> data = new ArrayList<>();
            for (String line : (Iterable<String>) stream.body()::iterator) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.add(line.substring(6));
                } else if (line.isEmpty() && name != null) {
                    Path file = project.resolve("site").resolve(ARTICLE);
                    String disk = Files.exists(file) ? TestFiles.read(file) : "";
                    String mark = disk.contains("rang the harbour bell") ? "rang the harbour bell" : "";
                    events.add(name + ": " + String.join("\n", data) + " on disk: " + mark);
                    name = null;
                    data.clear();
                }
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        // the server has the stream open once the first bytes came
        for (int i = 0; i < 100 && preview.clients() == 0; i++) {
            Thread.sleep(20);
        }
        assertEquals(1, preview.clients());
    }

    private String next(String name) throws InterruptedException {
        String event = events.poll(20, TimeUnit.SECONDS);
        assertNotNull(event, "no '" + name + "' event in 20 s; out:\n" + out + "\nerr:\n" + err);
        assertTrue(event.startsWith(name + ":"), event);
        return event;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(preview.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
