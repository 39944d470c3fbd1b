package dev.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page under serve: it lists what the pages hold back, escaped, and a decision posted
 * from its own form goes to content/review.yaml; a form from anywhere else decides nothing.
 */
class ReviewPageTest {
    @TempDir
    Path tmp;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        TestFiles.files(tmp, """
                -- site/index.html --
                <!DOCTYPE html><html><body><h1>Home</h1></body></html>
                -- content/talks.md --
                ---
                title: Talks
                seed: seeds/talks.txt
                review:
                  - id: e73c2f9e3
                    fact: person
                    state: held
                    subject: Hoare <Govett>
                    proposed: person
                    confidence: 60%
                    why: only that it speaks or is spoken of
                    sentence: Hoare Govett said the talks would resume.
                ---

                Hoare Govett said the talks would resume.
                """);
        server = PreviewServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), tmp.resolve("site"),
                new Events(), new ReviewPage(tmp));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listsWhatIsHeldBackEscapedWithTheReloadScript() throws Exception {
        HttpResponse<String> page = get();
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<strong class=\"held\">Held back</strong>: &#39;Hoare &lt;Govett&gt;&#39; is a person (60%)"),
                page.body());
        assertTrue(page.body().contains("In: Hoare Govett said the talks would resume."));
        assertTrue(page.body().contains("/__explainer/live.js"), "the page reloads when the decision is built");
    }

    @Test
    void aDecisionFromItsOwnFormIsKeptInReviewYaml() throws Exception {
        HttpResponse<String> posted = post("token=" + token() + "&id=e73c2f9e3&decision=set&value=organisation");
        assertEquals(303, posted.statusCode());
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertEquals("Decided e73c2f9e3: organisation. The site is rebuilding.",
                URLDecoder.decode(location.substring(location.indexOf("said=") + 5), StandardCharsets.UTF_8));
        assertTrue(TestFiles.read(tmp.resolve("content/review.yaml")).endsWith("seeds/talks.txt:\n  e73c2f9e3: organisation\n"));
    }

    @Test
    void aFormFromElsewhereDecidesNothing() throws Exception {
        HttpResponse<String> posted = post("token=guessed&id=e73c2f9e3&decision=reject");
        assertEquals(403, posted.statusCode());
        assertFalse(Files.exists(tmp.resolve("content/review.yaml")));
    }

    private String token() throws Exception {
        Matcher m = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(get().body());
        assertTrue(m.find());
        return m.group(1);
    }

    private HttpResponse<String> get() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri() {
        InetSocketAddress a = server.address();
        return URI.create("http://" + a.getHostString() + ":" + a.getPort() + ReviewPage.PATH);
    }
}
