package dev.explainer.serve;

import dev.explainer.diag.BuildException;
import dev.explainer.diag.Diagnostic;
import dev.explainer.output.SiteWriter;
import dev.explainer.pipeline.BuildOptions;
import dev.explainer.pipeline.BuildReport;
import dev.explainer.pipeline.BuildState;
import dev.explainer.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * {@code explainer serve}: builds, serves the site, and on every burst of saves rebuilds what the
 * change touches (through one {@link BuildState}), then tells the open pages to reload once the new
 * files are in place. A failed build leaves the last good site served and shows its errors, in the
 * terminal and over every open page, until a save fixes it.
 */
public final class Preview implements AutoCloseable {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final Pipeline pipeline = new Pipeline();
    private final BuildState state = new BuildState();
    private final Events events = new Events();
    private final BuildOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private PreviewServer server;
    private SourceWatcher watcher;
    private boolean failing;
    /** Content pages the last build's ingest wrote: the watcher reports them too, and they need no line of their own. */
    private Set<String> ingested = Set.of();
    /** Warnings are printed when they change, not again on every save. */
    private List<Diagnostic> warnings = List.of();
    /** The spare the first save's update starts from, made while no one has saved yet (see SiteWriter). */
    private CompletableFuture<Void> spare = CompletableFuture.completedFuture(null);

    private Preview(BuildOptions options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * Binds the address first (a busy port fails before any work), builds, then serves and watches.
     *
     * @throws java.net.BindException when the address is in use
     */
    public static Preview start(BuildOptions options, InetSocketAddress address, PrintWriter out, PrintWriter err)
            throws IOException {
        Preview p = new Preview(options, out, err);
        p.server = PreviewServer.start(address, options.output(), p.events, new ReviewPage(options.root()));
        try {
            p.rebuild(Set.of());
            p.spare = CompletableFuture.runAsync(() -> SiteWriter.prepareSpare(options.output()), Preview::daemon);
            p.watcher = new SourceWatcher(options.root(), p::rebuild);
        } catch (IOException | RuntimeException e) {
            p.close();
            throw e;
        }
        return p;
    }

    /** Where to open the site: the bound address, or loopback when bound to every address. */
    public URI url() {
        InetAddress a = server.address().getAddress();
        String host = a.isAnyLocalAddress() ? "127.0.0.1"
                : a instanceof java.net.Inet6Address ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
        return URI.create("http://" + host + ":" + server.address().getPort() + "/");
    }

    /** Pages with an open live-reload connection. */
    public int clients() {
        return events.clients();
    }

    /** Rebuilds after {@code changed} (paths from the project root); empty for the first build. */
    synchronized void rebuild(Set<String> changed) {
        long start = System.nanoTime();
        try {
            awaitSpare();
            // only the sources whose size or time changed are read: a save changes one or two
            state.scanSources(options.root());
            BuildReport r = pipeline.build(options, state);
            state.sourcesRead(options.root(), r.ingest());
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (!r.diagnostics().equals(warnings)) {
                r.diagnostics().forEach(d -> err.println(d.format()));
                warnings = r.diagnostics();
            }
            boolean own = !changed.isEmpty() && ingested.containsAll(changed);
            ingested = Set.copyOf(r.ingest().written());
            if (changed.isEmpty()) {
                out.printf(Locale.ROOT, "built %s, %s in %d ms%n", plural(r.pages(), "page"), plural(r.files(), "file"), ms);
            } else if (!r.changed().isEmpty() || failing || !own) {
                out.printf(Locale.ROOT, "%s %s: %s in %d ms%n", LocalTime.now().format(CLOCK), describe(changed),
                        (failing ? "build fixed, " : "") + (r.changed().isEmpty() ? "no output changed"
                                : plural(r.changed().size(), "file") + " written"), ms);
            }
            if (!changed.isEmpty() && (!r.changed().isEmpty() || failing)) {
                events.reload(r.changed());
            }
            failing = false;
        } catch (BuildException e) {
            report(changed, e.diagnostics(), e.getMessage());
        } catch (RuntimeException e) {
            report(changed, List.of(), "error: " + e);
        }
        out.flush();
        err.flush();
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "explainer-spare");
        thread.setDaemon(true);
        thread.start();
    }

    /** In the terminal every diagnostic; over the pages only the errors, which are what stops the build. */
    private void report(Set<String> changed, List<Diagnostic> diagnostics, String summary) {
        failing = true;
        err.println((changed.isEmpty() ? "" : LocalTime.now().format(CLOCK) + " " + describe(changed) + ": ")
                + "build failed; still serving the last good site");
        diagnostics.forEach(d -> err.println(d.format()));
        err.println(summary);
        events.failed(diagnostics.stream().filter(Diagnostic::isError).map(d -> d.format() + "\n")
                .collect(Collectors.joining()) + summary);
    }

    /** The changed sources, leaving out the temporary files editors write and rename (they are gone by now). */
    private String describe(Set<String> changed) {
        List<String> sorted = changed.stream()
                .filter(p -> p.matches(".*\\.(md|txt|yaml|yml|peb|css|js|svg|png|jpe?g|gif|webp|ico)") || Files.exists(options.root().resolve(p)))
                .sorted().toList();
        if (sorted.isEmpty()) {
            return "a save";
        }
        return sorted.size() <= 3 ? String.join(", ", sorted) + " changed"
                : String.join(", ", sorted.subList(0, 2)) + " and " + (sorted.size() - 2) + " more changed";
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
        awaitSpare();
    }

    /** A spare half made would be made again by a build; one that could not be made is no loss. */
    private void awaitSpare() {
        spare.exceptionally(e -> null).join();
    }
}
