package dev.explainer.output;

import dev.explainer.diag.BuildException;
import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import dev.explainer.frontmatter.FileSum;
import dev.explainer.frontmatter.TextFiles;
import dev.explainer.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * Writes a build into a staging directory beside the target and puts it in place only when the whole
 * build succeeded, so a failed build leaves the previous site exactly as it was, and then swaps the
 * staged folder in: the site is only ever changed by renaming a whole folder. An incremental build
 * ({@link #update}) stages in the {@link Spare} the last update left, which it brings up to date by
 * writing what changed since; without one, the files it keeps are hard links to the site's own
 * (copies where the file system has none).
 */
public final class SiteWriter {
    private final Path target;
    private final Path staging;
    /** The site folder as diagnostics name it ("site/"). */
    private final String shown;
    private final BuildLock lock;
    private final boolean inPlace;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final Set<String> previous;
    /** For an update staged in the spare: the paths where the spare differs from the site; else null. */
    private final Set<String> stale;
    /** For an update: the identity of the site folder it started from. */
    private final String base;
    /** The size and checksum of each file written, from the bytes themselves. */
    private final Map<String, FileSum> sums = new ConcurrentHashMap<>();
    /** Writes share it; {@link #abort} takes it alone, so it deletes the staging folder after the last write. */
    private final ReadWriteLock gate = new ReentrantReadWriteLock();
    private boolean aborted;
    /** When the build was put in place, in nanoseconds since the epoch; 0 before. */
    private volatile long committed;

    private SiteWriter(Path target, String shown, BuildLock lock, Set<String> previous, Set<String> stale, String base) {
        this.target = target;
        this.shown = shown;
        this.lock = lock;
        this.staging = Leftovers.staging(target, lock.id());
        this.inPlace = previous != null;
        this.previous = previous;
        this.stale = stale;
        this.base = base;
    }

    /** Marks a folder as one of our builds, which a later build may replace whole. */
    public static final String MARKER = ".explainer-site";

    /**
     * Stages a build that will replace {@code target}.
     *
     * @throws BuildException when the target is not a place a site may go (see {@link #refusal})
     */
    public static SiteWriter open(Path target, Path root) {
        return stage(target, root, null);
    }

    /**
     * Stages a build that changes {@code target} file by file: only files passed to {@link #write}
     * are written, files passed to {@link #keep} stay as they are, and the rest of {@code previous}
     * goes. Only for a target that {@link #canUpdate} and that no one but us writes to.
     *
     * @param previous the files of the build now in {@code target}
     */
    public static SiteWriter update(Path target, Path root, Set<String> previous) {
        if (!canUpdate(target)) {
            throw new IllegalStateException("not a site to update in place: " + target);
        }
        return stage(target, root, Set.copyOf(previous));
    }

    /** True when {@code target} holds a build of ours (the files a later build may keep). */
    public static boolean canUpdate(Path target) {
        return Files.isRegularFile(target.toAbsolutePath().normalize().resolve(MARKER));
    }

    /** @param previous null for a full build, which replaces the target whole */
    private static SiteWriter stage(Path target, Path root, Set<String> previous) {
        boolean inPlace = previous != null;
        Path abs = target.toAbsolutePath().normalize();
        requireReplaceable(abs, root);
        try {
            Files.createDirectories(abs.getParent());
            Leftovers.clean(abs);
            BuildLock lock = BuildLock.create(abs);
            Path staging = Leftovers.staging(abs, lock.id());
            try {
                String base = inPlace ? Spare.key(abs) : null;
                Set<String> stale = inPlace ? Spare.claim(abs, staging).orElse(null) : null;
                if (stale == null) {
                    // not createTempDirectory: its folders are private, while a new folder honours the umask
                    Files.createDirectory(staging);
                    Files.writeString(staging.resolve(MARKER), "Built by explainer: each build replaces this folder whole.\n");
                }
                return new SiteWriter(abs, display(abs, root), lock, previous, stale, base);
            } catch (IOException | RuntimeException e) {
                deleteTree(staging);
                lock.close();
                throw e;
            }
        } catch (IOException e) {
            throw cannotWrite(display(abs, root), e);
        }
    }

    /**
     * Fails when a build must not replace {@code target}: it is (or holds) the project, lies in one
     * of its source folders, or is a folder with files that no build of ours made.
     */
    public static void requireReplaceable(Path target, Path root) {
        refusal(target, root).ifPresent(reason -> {
            throw new BuildException(List.of(Diagnostic.error(SourcePos.file(display(target, root)), reason)
                    .withHint("build into site/ (the default) or an empty folder of its own; to reuse a folder an"
                            + " older explainer built, put an empty " + MARKER + " file in it")));
        });
    }

    private static Optional<String> refusal(Path target, Path root) {
        Path abs = target.toAbsolutePath().normalize();
        Path project = root.toAbsolutePath().normalize();
        if (abs.getParent() == null || project.startsWith(abs)) {
            return Optional.of("refusing to build the site into a folder that holds the project");
        }
        for (String source : List.of("content", "seeds", "templates", "src")) {
            if (abs.startsWith(project.resolve(source))) {
                return Optional.of("refusing to build the site into the project's " + source + "/ folder");
            }
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            return Optional.of("the output is a file, not a folder");
        }
        // the project's own site/ is the output by definition; another folder must show it is a build
        if (Files.isDirectory(abs) && !abs.equals(project.resolve("site")) && !Files.exists(abs.resolve(MARKER))) {
            try (Stream<Path> files = Files.list(abs)) {
                if (files.findAny().isPresent()) {
                    return Optional.of("refusing to replace a folder that has files and was not built by explainer"
                            + " (it has no " + MARKER + ")");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    private static String display(Path target, Path root) {
        Path abs = target.toAbsolutePath().normalize();
        Path project = root.toAbsolutePath().normalize();
        return abs.startsWith(project) && !abs.equals(project) ? project.relativize(abs) + "/" : abs.toString();
    }

    /** Thread-safe; a path may be written once. After {@link #abort} it writes nothing. */
    public void write(OutputFile file) {
        gate.readLock().lock();
        try {
            if (!aborted) {
                stage(file);
            }
        } finally {
            gate.readLock().unlock();
        }
    }

    private void stage(OutputFile file) {
        Path p = staging.resolve(file.path()).normalize();
        if (!p.startsWith(staging)) {
            throw new IllegalArgumentException("refusing to write outside the site: " + file.path());
        }
        if (!written.add(file.path())) {
            throw new IllegalStateException("two files want the same path: " + file.path());
        }
        sums.put(file.path(), FileSum.of(file.bytes()));
        try {
            Files.createDirectories(p.getParent());
            if (stale != null) {
                // the spare's file may be a link to the site's own
                Files.deleteIfExists(p);
            }
            Files.write(p, file.bytes());
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    /**
     * The one error for a site that cannot be written (a full disk, no permission): it names the site
     * folder, and the build stops there, so the previous site stays as it was.
     */
    private BuildException cannotWrite(IOException e) {
        return cannotWrite(shown, e);
    }

    private static BuildException cannotWrite(String shown, IOException e) {
        return new BuildException(List.of(Diagnostic.error(SourcePos.file(shown),
                "cannot write the site: " + TextFiles.reason(e) + "; the previous site is kept")));
    }

    /** Thread-safe: {@code path} stays as the last build wrote it. */
    public void keep(String path) {
        if (!inPlace) {
            throw new IllegalStateException("a full build cannot keep " + path);
        }
        kept.add(path);
    }

    /**
     * Puts the staged build in place.
     *
     * @return the paths written or deleted
     */
    public Set<String> commit() {
        Set<String> changed = new HashSet<>(written);
        try (lock) {
            Instant now = Instant.now();
            committed = now.getEpochSecond() * 1_000_000_000L + now.getNano();
            if (inPlace) {
                List<String> deletions = previous.stream().filter(p -> !written.contains(p) && !kept.contains(p)).toList();
                changed.addAll(deletions);
                if (changed.isEmpty()) {
                    // nothing to swap in: the site stays, and so does the spare
                    Spare.putBack(target, staging, base, stale);
                    return Set.of();
                }
                Set<String> link = new HashSet<>(stale == null ? kept : Spare.catchUp(staging, stale, written, kept, deletions));
                link.removeAll(written);
                Spare.link(target, staging, link);
            }
            Path old = null;
            if (Files.exists(target)) {
                old = Leftovers.old(target, lock.id());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            if (inPlace && old != null) {
                Spare.offer(target, old, base, changed);
            } else if (!inPlace) {
                // a spare trails the site this build replaced whole
                Spare.discard(target);
                if (old != null) {
                    deleteTree(old);
                }
            }
            return Set.copyOf(changed);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    /**
     * The files the committed build wrote, with the size and checksum of their bytes, and when it was
     * put in place: until then only this writer knew where they were, so a file with those bytes
     * written before that moment was written by the build, and one changed since has a later time.
     */
    public record Written(Map<String, FileSum> sums, long committedNanos, String folder) {
        public static final Written NONE = new Written(Map.of(), 0, null);

        /**
         * False when {@code target} is no longer the folder this build put in place: another build
         * (a 'build --base-url' beside 'serve') swapped in one of its own, whose files are not ours to keep.
         */
        public boolean stillIn(Path target) {
            return folder == null || folder.equals(Spare.key(target));
        }
    }

    public Written written() {
        if (committed == 0) {
            throw new IllegalStateException("the build was not committed");
        }
        return new Written(Map.copyOf(sums), committed, Spare.key(target));
    }

    /**
     * Makes a spare of the site now in {@code target}, so that the next update need not link every
     * file it keeps: for {@code serve}, after its first build, while the editor has not saved yet.
     */
    public static void prepareSpare(Path target) {
        try {
            Spare.prepare(target.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws the staged build away. */
    public void abort() {
        // once no write is under way, and none can start: other render threads may still be running
        gate.writeLock().lock();
        try {
            aborted = true;
        } finally {
            gate.writeLock().unlock();
        }
        try (lock) {
            deleteTree(staging);
        }
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
