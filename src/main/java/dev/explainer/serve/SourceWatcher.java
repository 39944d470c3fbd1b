package dev.explainer.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches the project's sources ({@code seeds/}, {@code content/}, {@code templates/}) and hands each
 * burst of saves on as one set of changed paths, once the burst has settled: an editor that writes a
 * file in three steps causes one rebuild, not three. Editors' swap and backup files are ignored.
 */
final class SourceWatcher implements AutoCloseable {
    /** A burst ends when nothing has changed for this long... */
    static final long QUIET_MS = 10;
    /** ...or when it has lasted this long, so a steady stream of saves still gets previews. */
    static final long MAX_BURST_MS = 400;
    static final List<String> SOURCES = List.of("seeds", "content", "templates");

    private final Path root;
    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final Thread batcher;
    /** The project folder itself, watched for a source folder that appears after the start. */
    private final WatchService rootWatch;
    private final Thread rootWatcher;
    private DirectoryWatcher sources;

    SourceWatcher(Path root, Consumer<Set<String>> onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.rootWatch = this.root.getFileSystem().newWatchService();
        this.root.register(rootWatch, StandardWatchEventKinds.ENTRY_CREATE);
        watchSources();
        this.batcher = daemon(() -> batches(onChange), "explainer-watch");
        this.rootWatcher = daemon(this::newFolders, "explainer-watch-root");
    }

    private synchronized void watchSources() throws IOException {
        if (sources != null) {
            sources.close();
        }
        List<Path> dirs = SOURCES.stream().map(root::resolve).filter(Files::isDirectory).toList();
        sources = DirectoryWatcher.builder().paths(dirs).fileHashing(false).logger(NOPLogger.NOP_LOGGER)
                .listener(event -> {
                    if (event.path() != null && !ignored(event.path())) {
                        changes.add(event.path());
                    }
                }).build();
        if (!dirs.isEmpty()) {
            sources.watchAsync();
        }
    }

    /** A source folder made after the start ({@code templates/} for a first override) is watched from then on. */
    private void newFolders() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = rootWatch.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && SOURCES.contains(name.toString())
                            && Files.isDirectory(root.resolve(name))) {
                        watchSources();
                        changes.add(root.resolve(name));
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void batches(Consumer<Set<String>> onChange) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<String> batch = new TreeSet<>();
                batch.add(relative(changes.take()));
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_BURST_MS);
                for (Path next; System.nanoTime() < end && (next = changes.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null; ) {
                    batch.add(relative(next));
                }
                onChange.accept(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    /** Swap, backup and lock files of editors, and the temporary files ingest renames into place. */
    static boolean ignored(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913");
    }

    @Override
    public synchronized void close() {
        batcher.interrupt();
        rootWatcher.interrupt();
        try {
            rootWatch.close();
            sources.close();
        } catch (IOException e) {
            // closing: nothing left to watch
        }
    }
}
