package dev.explainer.output;

import dev.explainer.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a build into a staging directory beside the target and swaps it in only when the whole
 * build succeeded, so a failed build leaves the previous site exactly as it was.
 */
public final class SiteWriter {
    private final Path target;
    private final Path staging;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    private SiteWriter(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static SiteWriter open(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
            return new SiteWriter(abs, Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".build-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thread-safe; a path may be written once. */
    public void write(OutputFile file) {
        Path p = staging.resolve(file.path()).normalize();
        if (!p.startsWith(staging)) {
            throw new IllegalArgumentException("refusing to write outside the site: " + file.path());
        }
        if (!written.add(file.path())) {
            throw new IllegalStateException("two files want the same path: " + file.path());
        }
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, file.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the target with the staged build. */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws the staged build away. */
    public void abort() {
        deleteTree(staging);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
