package dev.explainer.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a build that died (kill -9, a power cut) left beside the site, put right before the next build
 * stages its own: an in-place update that had begun to move its files into the site is finished, a
 * swap cut between its two renames is undone, and every staging folder goes. So after any kill the
 * next build starts from a site that is wholly the old one or wholly the new.
 */
final class Leftovers {
    /** In an in-place update's staging folder once it starts moving files into the site: the files it then deletes. */
    static final String JOURNAL = ".explainer-commit";
    private static final Pattern FOLDER = Pattern.compile("\\.(.+)\\.(?:build|old)-([0-9a-f-]{36})");
    private static final Pattern LOCK = Pattern.compile("\\.(.+)\\.([0-9a-f-]{36})\\.lock");

    private Leftovers() {
    }

    static Path staging(Path target, String id) {
        return target.resolveSibling("." + target.getFileName() + ".build-" + id);
    }

    static Path old(Path target, String id) {
        return target.resolveSibling("." + target.getFileName() + ".old-" + id);
    }

    /** Puts right what dead builds into {@code target} left; a live build's folders are left alone (it holds their lock). */
    static void clean(Path target) {
        Set<String> folders = new TreeSet<>();
        Set<String> locks = new TreeSet<>();
        String name = target.getFileName().toString();
        try (Stream<Path> beside = Files.list(target.getParent())) {
            beside.forEach(p -> {
                String file = p.getFileName().toString();
                Matcher f = FOLDER.matcher(file);
                Matcher l = LOCK.matcher(file);
                if (f.matches() && f.group(1).equals(name)) {
                    folders.add(f.group(2));
                } else if (l.matches() && l.group(1).equals(name)) {
                    locks.add(l.group(2));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        locks.addAll(folders);
        for (String id : locks) {
            BuildLock.take(target, id, folders.contains(id)).ifPresent(lock -> {
                try (lock) {
                    recover(target, id);
                }
            });
        }
    }

    private static void recover(Path target, String id) {
        Path staging = staging(target, id);
        Path old = old(target, id);
        try {
            if (Files.isRegularFile(staging.resolve(JOURNAL))) {
                apply(staging, target, Files.readAllLines(staging.resolve(JOURNAL), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isEmpty()).toList());
            } else if (!Files.exists(target) && Files.isDirectory(old)) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SiteWriter.deleteTree(staging);
        SiteWriter.deleteTree(old);
    }

    /**
     * Moves every file staged for an in-place update into the site, then deletes {@code deletions}
     * and the folders they leave empty. Safe to run again after it was cut short.
     */
    static void apply(Path staging, Path target, Collection<String> deletions) throws IOException {
        List<Path> staged;
        try (Stream<Path> walk = Files.walk(staging)) {
            staged = walk.filter(Files::isRegularFile).filter(p -> !p.equals(staging.resolve(JOURNAL))).sorted().toList();
        }
        for (Path from : staged) {
            Path to = target.resolve(staging.relativize(from).toString());
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        for (String path : deletions) {
            Path p = target.resolve(path);
            Files.deleteIfExists(p);
            for (Path dir = p.getParent(); !dir.equals(target) && isEmpty(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }
}
