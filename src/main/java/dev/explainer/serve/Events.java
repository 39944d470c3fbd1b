package dev.explainer.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The live-reload channel: Server-Sent Events to every open page. A page that connects while the
 * build is broken is told so at once, so the error overlay shows on every page, new or old. Each
 * build put in place has a number, which the page is served with: a page that connects after a
 * later build (a save while it was still loading) is told at once what changed since, as is one
 * that reconnects after missing events (the browser sends the number of the last one it had).
 */
final class Events implements AutoCloseable {
    /** How many builds' changes are kept for pages that connect late; an older page just reloads. */
    private static final int HISTORY = 64;
    /** How many pages may hold an event stream at once. */
    static final int MAX_STREAMS = 256;

    /** How many events may wait for a page that does not read them before it is let go. */
    private static final int BACKLOG = 64;

    private final List<Listener> clients = new CopyOnWriteArrayList<>();
    /** Writes each page's events, so a page that stops reading holds up only its own. */
    private final ExecutorService writers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "explainer-events");
        t.setDaemon(true);
        return t;
    });
    /**
     * All guarded by this: the errors of the failed build being shown (null when none), how many
     * builds were put in place, and what the last {@link #HISTORY} of them changed.
     */
    private String failure;
    private long builds;
    private final Deque<List<String>> history = new ArrayDeque<>();

    /** The number of the last build put in place: a page read from the site now shows that build or a later one. */
    synchronized long build() {
        return builds;
    }

    /**
     * Keeps the exchange open as an event stream; it ends when the page goes or the server stops.
     *
     * @param since the build the page was served with, or the last it was told of; negative when unknown
     */
    void attach(HttpExchange exchange, long since) throws IOException {
        if (clients.size() >= MAX_STREAMS) {
            // each stream is an open connection: past this many, a page tries again later (EventSource does)
            exchange.getResponseHeaders().set("Retry-After", "5");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        // under the lock that orders the builds' events: none falls between the catching up and the stream
        synchronized (this) {
            String now = failure;
            String missed = since >= 0 && since < builds ? reload(builds, changedSince(since)) : "";
            Listener page = new Listener(out);
            clients.add(page);
            page.offer("retry: 500\n\n" + missed + (now == null ? "" : event("failed", now)));
        }
    }

    /** The new build is in place: pages reload (or swap stylesheets, when only CSS changed). */
    synchronized void reload(Collection<String> changed) {
        failure = null;
        List<String> sorted = changed.stream().sorted().toList();
        builds++;
        history.addLast(sorted);
        if (history.size() > HISTORY) {
            history.removeFirst();
        }
        broadcast(reload(builds, sorted));
    }

    /** The build failed: every page shows {@code errors} over the last good site. */
    synchronized void failed(String errors) {
        failure = errors;
        broadcast(event("failed", errors));
    }

    /** Every path the builds after {@code since} changed; empty (a whole reload) when some are no longer kept. */
    private List<String> changedSince(long since) {
        if (builds - since > history.size()) {
            return List.of();
        }
        TreeSet<String> all = new TreeSet<>();
        history.stream().skip(history.size() - (builds - since)).forEach(all::addAll);
        return List.copyOf(all);
    }

    /** The reload event of build {@code number}: its id is what the browser sends back when it reconnects. */
    private static String reload(long number, List<String> changed) {
        return "id: " + number + "\n" + event("reload", String.join("\n", changed));
    }

    /** A comment line: finds pages that are gone, and keeps proxies from closing the stream. */
    synchronized void ping() {
        broadcast(": ping\n\n");
    }

    int clients() {
        return clients.size();
    }

    private void broadcast(String message) {
        clients.forEach(c -> c.offer(message));
    }

    /** One page's event stream: its events are written in order, on a thread of {@link #writers}. */
    private final class Listener {
        private final OutputStream out;
        /** All guarded by this. */
        private final Deque<String> queue = new ArrayDeque<>();
        private boolean writing;
        private boolean gone;

        Listener(OutputStream out) {
            this.out = out;
        }

        void offer(String message) {
            synchronized (this) {
                if (gone) {
                    return;
                }
                if (queue.size() >= BACKLOG) {
                    // it stopped reading: let it go (a page that comes back catches up by its Last-Event-ID)
                    leave();
                    return;
                }
                queue.add(message);
                if (writing) {
                    return;
                }
                writing = true;
            }
            writers.execute(this::drain);
        }

        private void drain() {
            while (true) {
                String next;
                synchronized (this) {
                    next = gone ? null : queue.poll();
                    if (next == null) {
                        writing = false;
                        return;
                    }
                }
                if (!send(out, next)) {
                    synchronized (this) {
                        leave();
                        writing = false;
                    }
                    return;
                }
            }
        }

        /** Under this. */
        private void leave() {
            gone = true;
            queue.clear();
            clients.remove(this);
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
        writers.shutdownNow();
        clients.forEach(c -> close(c.out));
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
