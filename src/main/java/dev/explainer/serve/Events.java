package dev.explainer.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The live-reload channel: Server-Sent Events to every open page. A page that connects while the
 * build is broken is told so at once, so the error overlay shows on every page, new or old.
 */
final class Events implements AutoCloseable {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile String failure;

    /** Keeps the exchange open as an event stream; it ends when the page goes or the server stops. */
    void attach(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        String now = failure;
        if (!send(out, "retry: 500\n\n" + (now == null ? "" : event("failed", now)))) {
            return;
        }
        clients.add(out);
    }

    /** The new build is in place: pages reload (or swap stylesheets, when only CSS changed). */
    void reload(Collection<String> changed) {
        failure = null;
        broadcast(event("reload", String.join("\n", changed.stream().sorted().toList())));
    }

    /** The build failed: every page shows {@code errors} over the last good site. */
    void failed(String errors) {
        failure = errors;
        broadcast(event("failed", errors));
    }

    /** A comment line: finds pages that are gone, and keeps proxies from closing the stream. */
    void ping() {
        broadcast(": ping\n\n");
    }

    int clients() {
        return clients.size();
    }

    private void broadcast(String message) {
        for (OutputStream out : clients) {
            if (!send(out, message)) {
                clients.remove(out);
            }
        }
    }

    private static boolean send(OutputStream out, String message) {
        try {
            synchronized (out) {
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            return true;
        } catch (IOException e) {
            close(out);
            return false;
        }
    }

    /** One event; each line of {@code data} is a data line, which the browser joins with newlines. */
    static String event(String name, String data) {
        StringBuilder s = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            s.append("data: ").append(line).append('\n');
        }
        return s.append('\n').toString();
    }

    @Override
    public void close() {
        clients.forEach(Events::close);
        clients.clear();
    }

    private static void close(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // the page is gone already
        }
    }
}
