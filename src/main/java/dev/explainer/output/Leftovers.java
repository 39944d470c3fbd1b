package dev.explainer.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a build that died (kill -9, a power cut) left beside the site, put right before the next build
 * stages its own: a swap cut between its two renames is undone, and every staging folder goes. The
 * site itself is only ever changed by those renames, so a kill leaves it wholly old or wholly new.
 */
final class Leftovers {
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
            if (!Files.exists(target) && Files.isDirectory(old)) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SiteWriter.deleteTree(staging);
        SiteWriter.deleteTree(old);
    }
}
