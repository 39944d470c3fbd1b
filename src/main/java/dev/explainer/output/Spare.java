package dev.explainer.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The site an incremental build replaced, kept beside the site as the next one's staging folder: it
 * differs from the site only in the files that build changed, which it lists, so the next update
 * brings it up to date by touching those and its own changes, never the whole archive. Unchanged
 * files are hard links shared with the site, which is why a staged file is always replaced, never
 * written over. A build claims the spare by renaming it, so two builds never share one.
 */
final class Spare {
    /** In the spare: the identity of the site folder it trails, then the paths where the two differ. */
    static final String MANIFEST = ".explainer-spare";

    private Spare() {
    }

    static Path folder(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".spare");
    }

    /**
     * Moves the spare to {@code staging} when it trails the site now in {@code target}.
     *
     * @return the paths where it differs from that site; empty when there was no spare to use
     */
    static Optional<Set<String>> claim(Path target, Path staging) throws IOException {
        try {
            Files.move(folder(target), staging, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Path manifest = staging.resolve(MANIFEST);
        List<String> lines = Files.isRegularFile(manifest) ? Files.readAllLines(manifest, StandardCharsets.UTF_8) : List.of();
        String site = key(target);
        if (lines.isEmpty() || site == null || !lines.get(0).equals(site)) {
            SiteWriter.deleteTree(staging);
            return Optional.empty();
        }
        Files.delete(manifest);
        return Optional.of(Set.copyOf(lines.subList(1, lines.size())));
    }

    /**
     * Keeps {@code old}, the site just replaced, as the spare of {@code target} when it is the site the
     * build started from ({@code base}); otherwise deletes it.
     *
     * @param changed the paths the build wrote or deleted
     */
    static void offer(Path target, Path old, String base, Set<String> changed) throws IOException {
        String site = key(target);
        if (base == null || site == null || !base.equals(key(old))) {
            SiteWriter.deleteTree(old);
        } else {
            keep(target, old, site, changed);
        }
    }

    /** Returns a claimed spare that an update left as it found it ({@code stale} null: a staging folder of its own). */
    static void putBack(Path target, Path staging, String base, Set<String> stale) throws IOException {
        if (stale == null || base == null || !base.equals(key(target))) {
            SiteWriter.deleteTree(staging);
        } else {
            keep(target, staging, base, stale);
        }
    }

    /** Makes {@code folder} the spare of the site whose identity is {@code site}, differing from it at {@code differing}. */
    private static void keep(Path target, Path folder, String site, Set<String> differing) throws IOException {
        if (Files.exists(folder(target))) {
            SiteWriter.deleteTree(folder);
            return;
        }
        List<String> lines = new ArrayList<>(differing.size() + 1);
        lines.add(site);
        differing.stream().sorted().forEach(lines::add);
        Files.write(folder.resolve(MANIFEST), lines, StandardCharsets.UTF_8);
        Files.move(folder, folder(target), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Brings a claimed spare up to date, but for the files the update writes itself: deletes what the
     * site no longer has and clears the way for the files the last update changed and this one keeps.
     *
     * @param stale the paths where the spare differs from the site
     * @return the kept paths to link in from the site
     */
    static Set<String> catchUp(Path staging, Set<String> stale, Set<String> written, Set<String> kept,
            List<String> deletions) throws IOException {
        Set<String> relink = new HashSet<>();
        List<String> gone = new ArrayList<>(deletions);
        for (String path : stale) {
            if (kept.contains(path) && !written.contains(path)) {
                relink.add(path);
            } else if (!written.contains(path)) {
                gone.add(path);
            }
        }
        for (String path : gone) {
            Path p = staging.resolve(path);
            Files.deleteIfExists(p);
            for (Path dir = p.getParent(); !dir.equals(staging) && isEmpty(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
        for (String path : relink) {
            Files.deleteIfExists(staging.resolve(path));
        }
        return relink;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    /** A spare that differs from the site in nothing, made beside it while no build stages one. */
    static void prepare(Path target) throws IOException {
        String site = key(target);
        if (site == null || Files.exists(folder(target)) || !SiteWriter.canUpdate(target)) {
            return;
        }
        try (BuildLock lock = BuildLock.create(target)) {
            Path making = Leftovers.staging(target, lock.id());
            List<String> paths;
            try (Stream<Path> walk = Files.walk(target)) {
                paths = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .map(p -> target.relativize(p).toString()).toList();
            }
            Files.createDirectory(making);
            link(target, making, paths);
            // a build that swapped the site in the meantime makes this copy trail a folder that is gone
            if (site.equals(key(target))) {
                keep(target, making, site, Set.of());
            } else {
                SiteWriter.deleteTree(making);
            }
        }
    }

    /** Puts {@code paths}, as {@code site} has them, into {@code into}: as hard links where the file system allows it. */
    static void link(Path site, Path into, Collection<String> paths) throws IOException {
        Set<Path> folders = new HashSet<>();
        boolean links = true;
        for (String path : paths) {
            Path to = into.resolve(path);
            if (folders.add(to.getParent())) {
                Files.createDirectories(to.getParent());
            }
            Path from = site.resolve(path);
            if (links) {
                try {
                    Files.createLink(to, from);
                    continue;
                } catch (UnsupportedOperationException | FileSystemException e) {
                    if (!Files.exists(from)) {
                        throw e;
                    }
                    links = false;
                }
            }
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** Deletes the spare: a build that replaced the site whole made it useless. */
    static void discard(Path target) {
        SiteWriter.deleteTree(folder(target));
    }

    /** The folder's identity (device and inode), which a swap changes; null where the file system has none. */
    static String key(Path folder) {
        try {
            return Objects.toString(Files.readAttributes(folder, BasicFileAttributes.class).fileKey(), null);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
