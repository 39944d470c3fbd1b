package dev.explainer.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The preview's HTTP side: the built site served the way a static host serves it (content types,
 * folder index, the site's 404 page, HEAD), nothing outside it, and the live-reload script added to
 * each HTML page on its way out; the files on disk stay exactly as {@code build} makes them.
 */
final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/__explainer/events";
    static final String SCRIPT = "/__explainer/live.js";
    private static final int WORKERS = 16;

    private final HttpServer http;
    private final ExecutorService workers;
    private final ScheduledExecutorService pings;
    private final Path site;
    private final Events events;
    private final ReviewPage review;
    private final byte[] script;

    private PreviewServer(HttpServer http, ExecutorService workers, ScheduledExecutorService pings, Path site,
                          Events events, ReviewPage review) {
        this.http = http;
        this.review = review;
        this.workers = workers;
        this.pings = pings;
        this.site = site;
        this.events = events;
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws java.net.BindException when the address is taken */
    static PreviewServer start(InetSocketAddress address, Path site, Events events) throws IOException {
        return start(address, site, events, null);
    }

    /** @param review the editor's review page, or null to serve the site alone */
    static PreviewServer start(InetSocketAddress address, Path site, Events events, ReviewPage review) throws IOException {
        HttpServer http = HttpServer.create(address, 64);
        // an event stream holds no thread once attached, so a few threads serve any number of pages;
        // a flood of requests waits its turn instead of starting a thread each
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemon("explainer-http"));
        workers.allowCoreThreadTimeOut(true);
        ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(daemon("explainer-ping"));
        PreviewServer server = new PreviewServer(http, workers, pings, site.toAbsolutePath().normalize(), events, review);
        http.createContext("/", server::handle);
        http.setExecutor(workers);
        http.start();
        pings.scheduleAtFixedRate(events::ping, 15, 15, TimeUnit.SECONDS);
        return server;
    }

    InetSocketAddress address() {
        return http.getAddress();
    }

    private void handle(HttpExchange x) throws IOException {
        String method = x.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!Hosts.allowed(x.getRequestHeaders().getFirst("Host"), http.getAddress().getHostString())) {
            plain(x, 403, "Forbidden: this preview answers only to localhost or this machine's address, not to the name"
                    + " in this request's Host header", head);
            return;
        }
        if (review != null && x.getRequestURI().getRawPath().equals(ReviewPage.PATH)) {
            review(x, method, head);
            return;
        }
        if (!head && !method.equals("GET")) {
            x.getResponseHeaders().set("Allow", "GET, HEAD");
            plain(x, 405, "Method not allowed", false);
            return;
        }
        String raw = x.getRequestURI().getRawPath();
        if (raw.equals(EVENTS)) {
            events.attach(x, since(x));
            return;
        }
        if (raw.equals(SCRIPT)) {
            send(x, 200, "text/javascript; charset=utf-8", script, head);
            return;
        }
        Optional<String> rel = SitePaths.decode(raw);
        if (rel.isEmpty()) {
            plain(x, 400, "Bad request: the path is not a path inside the site", head);
            return;
        }
        // taken before the file is read: the page shows this build or a later one, never an earlier one
        long build = events.build();
        Path file = site.resolve(rel.get()).normalize();
        if (!file.startsWith(site)) {
            plain(x, 400, "Bad request: the path is not a path inside the site", head);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!rel.get().isEmpty() && !rel.get().endsWith("/")) {
                String query = x.getRequestURI().getRawQuery();
                x.getResponseHeaders().set("Location", raw + "/" + (query == null ? "" : "?" + query));
                plain(x, 301, "Moved to " + raw + "/", head);
                return;
            }
            file = file.resolve("index.html");
        }
        Optional<byte[]> bytes = read(file);
        if (bytes.isEmpty()) {
            Optional<byte[]> page = read(site.resolve("404.html"));
            send(x, 404, "text/html; charset=utf-8", inject(page.orElse(
                    "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not found</title><h1>Not found</h1></html>"
                            .getBytes(StandardCharsets.UTF_8)), build), head);
            return;
        }
        String type = SitePaths.contentType(file.getFileName().toString());
        send(x, 200, type, type.startsWith("text/html") ? inject(bytes.get(), build) : bytes.get(), head);
    }

    /** The review page, and its forms: a decision is posted, then the page shown again with the outcome. */
    private void review(HttpExchange x, String method, boolean head) throws IOException {
        if (method.equals("POST")) {
            String outcome = review.decide(x);
            if (outcome == null) {
                plain(x, 403, "Forbidden: only a form of this preview's review page can decide", false);
                return;
            }
            x.getResponseHeaders().set("Location", ReviewPage.PATH + "?said=" + URLEncoder.encode(outcome, StandardCharsets.UTF_8));
            plain(x, 303, "See " + ReviewPage.PATH, false);
            return;
        }
        if (!head && !method.equals("GET")) {
            x.getResponseHeaders().set("Allow", "GET, HEAD, POST");
            plain(x, 405, "Method not allowed", false);
            return;
        }
        String query = x.getRequestURI().getRawQuery();
        String said = query != null && query.startsWith("said=")
                ? URLDecoder.decode(query.substring("said=".length()), StandardCharsets.UTF_8) : "";
        long build = events.build();
        send(x, 200, "text/html; charset=utf-8", inject(review.page(said), build), head);
    }

    /** The file's bytes, when it is a regular file that really lies inside the site (no symlink out). */
    private Optional<byte[]> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(site.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The build a page's event stream asks about: the one it was served with ({@code ?since=}), or
     * when the browser reconnects, the last it was told of ({@code Last-Event-ID}); -1 when neither.
     */
    static long since(HttpExchange x) {
        long since = -1;
        String query = x.getRequestURI().getRawQuery();
        if (query != null && query.startsWith("since=")) {
            since = number(query.substring("since=".length()));
        }
        String last = x.getRequestHeaders().getFirst("Last-Event-ID");
        return last == null ? since : Math.max(since, number(last.strip()));
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Adds the live-reload script, with the build the page comes from, before the last {@code </body>}, or at the end. */
    private static byte[] inject(byte[] html, long build) {
        byte[] tag = ("<script src=\"" + SCRIPT + "\" data-build=\"" + build + "\"></script>").getBytes(StandardCharsets.UTF_8);
        String text = new String(html, StandardCharsets.ISO_8859_1);
        int at = text.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    private static void plain(HttpExchange x, int status, String text, boolean head) throws IOException {
        send(x, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange x, int status, String type, byte[] body, boolean head) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Cache-Control", "no-store");
        x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            x.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            x.sendResponseHeaders(status, -1);
            x.close();
            return;
        }
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        events.close();
        http.stop(0);
        pings.shutdownNow();
        workers.shutdownNow();
    }
}
