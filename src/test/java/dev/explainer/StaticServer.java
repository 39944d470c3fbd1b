package dev.explainer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site on the loopback address under a path prefix, as a static host does: a folder
 * serves its index.html, and a missing file gets the site's 404.html with status 404. For tests only.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "xml", "application/xml", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml",
            "json", "application/json", "png", "image/png");

    private final HttpServer server;
    private final String prefix;

    /** @param prefix where the site lives on the server, "/" or "/sub/" */
    public StaticServer(Path site, String prefix) throws IOException {
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> serve(site, exchange));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The site's address, ending in '/'. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void serve(Path site, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = null;
            if (path.startsWith(prefix)) {
                Path p = site.resolve(path.substring(prefix.length())).normalize();
                if (p.startsWith(site) && Files.isDirectory(p)) {
                    p = p.resolve("index.html");
                }
                if (p.startsWith(site) && Files.isRegularFile(p)) {
                    file = p;
                }
            }
            int status = 200;
            if (file == null) {
                status = 404;
                file = site.resolve("404.html");
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                    "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
