package dev.explainer.pipeline;

import dev.explainer.frontmatter.FileSum;
import dev.explainer.frontmatter.TextFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Instant;
import java.util.HashMap;
import java.util.stream.Stream;

/**
 * The files under some folders, each with its size, modification time and a 64-bit checksum of its
 * bytes ({@link FileSum}). A file is read again only when its size or time differs from the last scan's, so an
 * unchanged tree costs one stat per file, while a fresh checkout (new times, same bytes) or a
 * restored CI cache still compares equal by content. The folders are recorded too: a folder whose
 * time is unchanged has the same entries (adding, removing or renaming one changes it), so its
 * listing is taken from the last scan instead of read again. Like git's index, a file or folder
 * changed within a moment of the scan is "racy": its time is not trusted, and the next scan reads it again.
 */
final class FileManifest {
    /** Files whose time is this close to the scan may still change within the same clock tick. */
    private static final long RACY_NANOS = 50_000_000L;
    private static final long RACY = Long.MIN_VALUE;
    /** The size recorded for a folder. */
    private static final long FOLDER = -2;
    /** The size recorded for an entry that is neither a folder nor a file (a link to a folder or to nothing). */
    private static final long NOT_FILE = -3;

    /**
     * @param modified nanoseconds since the epoch, or {@link #RACY}
     * @param unread   a file taken from its size and time alone, whose checksum is not known yet (see
     *                 {@link #scan(List, FileManifest, boolean)}); never written to the cache
     */
    record Entry(long size, long modified, long sum, boolean unread) {
        Entry(long size, long modified, long sum) {
            this(size, modified, sum, false);
        }

        boolean folder() {
            return size == FOLDER;
        }
    }

    static final FileManifest EMPTY = new FileManifest(Map.of());

    private final Map<String, Entry> files;
    /** Each folder's entries, by the folder's path: made when a later scan first asks. */
    private volatile Map<String, List<String>> listings;

    private FileManifest(Map<String, Entry> files) {
        this.files = files;
    }

    /** Scans {@code dirs}, reading only the files and folders {@code previous} does not vouch for. */
    static FileManifest scan(List<Path> dirs, FileManifest previous) {
        return scan(dirs, previous, false);
    }

    /**
     * @param unread when true, a regular file {@code previous} does not vouch for is not read: its
     *               checksum is left to {@link #filled}, from the bytes the build reads anyway (a cold
     *               build read every seed and page twice, a tenth of its time)
     */
    static FileManifest scan(List<Path> dirs, FileManifest previous, boolean unread) {
        Scan scan = new Scan(previous, System.currentTimeMillis() * 1_000_000L, unread);
        // each top-level entry on its own thread: a big archive has tens of thousands of files
        List<Path> tops = new ArrayList<>();
        for (Path dir : dirs) {
            BasicFileAttributes a = scan.stat(dir);
            if (a != null && a.isDirectory()) {
                scan.entries(dir, a).forEach(tops::add);
            }
        }
        tops.parallelStream().forEach(scan::visit);
        return new FileManifest(new HashMap<>(scan.found));
    }

    /**
     * What a scan would find now, when the files {@code changed} (paths relative to {@code base}) are
     * the only ones written or deleted since this manifest was made: only they and the folders above
     * them are read again, where a scan stats the whole tree. A folder counts when it was scanned
     * before or is new in one that was.
     */
    FileManifest updated(Path base, Collection<String> changed) {
        return updated(base, changed, false);
    }

    /**
     * {@link #updated} for a folder that a build swapped in whole, holding the same files (as links)
     * but for {@code changed}: every folder in it is a new one, so each is looked at again.
     */
    FileManifest swapped(Path base, Collection<String> changed) {
        return updated(base, changed, true);
    }

    private FileManifest updated(Path base, Collection<String> changed, boolean allFolders) {
        Scan scan = new Scan(this, System.currentTimeMillis() * 1_000_000L, false);
        Map<String, Entry> now = new HashMap<>(files);
        Set<Path> folders = new HashSet<>();
        for (String relative : changed) {
            Path file = base.resolve(relative);
            now.remove(file.toString());
            scan.visit(file);
            for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
                folders.add(dir);
            }
        }
        now.putAll(scan.found);
        if (allFolders) {
            String under = base.toString();
            files.forEach((path, entry) -> {
                if (entry.folder() && (path.equals(under) || path.startsWith(under + File.separator))) {
                    folders.add(Path.of(path));
                }
            });
        }
        // outer folders first, so that a new folder's parent is known by the time it is looked at
        for (Path dir : folders.stream().sorted(Comparator.comparingInt(Path::getNameCount)).toList()) {
            String path = dir.toString();
            if (now.containsKey(path) || dir.getParent() != null && now.containsKey(dir.getParent().toString())) {
                BasicFileAttributes a = scan.stat(dir);
                if (a == null || !a.isDirectory()) {
                    now.remove(path);
                } else {
                    now.put(path, new Entry(FOLDER, scan.racy(Scan.nanos(a)), 0));
                }
            }
        }
        return new FileManifest(now);
    }

    private record Scan(FileManifest previous, long start, boolean unread, Map<String, Entry> found) {
        Scan(FileManifest previous, long start, boolean unread) {
            this(previous, start, unread, new ConcurrentHashMap<>());
        }

        void visit(Path p) {
            BasicFileAttributes a = stat(p);
            if (a == null) {
                return;
            }
            if (a.isDirectory()) {
                entries(p, a).forEach(this::visit);
                return;
            }
            String path = p.toString();
            if (a.isOther() || a.isSymbolicLink() && !Files.isRegularFile(p)) {
                // a pipe, a device (/dev/zero) or a link to one or to a folder: never read, since that may not end;
                // listed, so that reading it reports it
                found.put(path, new Entry(NOT_FILE, RACY, 0));
                return;
            }
            long modified = nanos(a);
            Entry last = previous.files.get(path);
            if (last != null && !last.unread() && last.modified() != RACY && last.modified() == modified
                    && last.size() == a.size()) {
                found.put(path, new Entry(a.size(), modified, last.sum()));
            } else if (unread && a.isRegularFile()) {
                found.put(path, new Entry(a.size(), racy(modified), 0, true));
            } else {
                found.put(path, read(p, a.size(), racy(modified)));
            }
        }

        /** A folder's entries: the last scan's when its time vouches for them, else read from disk. */
        List<Path> entries(Path dir, BasicFileAttributes a) {
            String path = dir.toString();
            long modified = nanos(a);
            Entry last = previous.files.get(path);
            found.put(path, new Entry(FOLDER, racy(modified), 0));
            if (last != null && last.folder() && last.modified() != RACY && last.modified() == modified) {
                return previous.listing(path).stream().map(Path::of).toList();
            }
            try (Stream<Path> list = Files.list(dir)) {
                return list.toList();
            } catch (IOException e) {
                // gone since it was seen: left out, so the tree compares unequal to the last
                found.remove(path);
                return List.of();
            }
        }

        long racy(long modified) {
            return modified > start - RACY_NANOS ? RACY : modified;
        }

        BasicFileAttributes stat(Path p) {
            try {
                return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return null;
            }
        }

        static long nanos(BasicFileAttributes a) {
            Instant t = a.lastModifiedTime().toInstant();
            return t.getEpochSecond() * 1_000_000_000L + t.getNano();
        }
    }

    private List<String> listing(String dir) {
        Map<String, List<String>> l = listings;
        if (l == null) {
            Map<String, List<String>> made = new HashMap<>();
            for (String path : files.keySet()) {
                int slash = path.lastIndexOf(File.separatorChar);
                if (slash > 0) {
                    made.computeIfAbsent(path.substring(0, slash), k -> new ArrayList<>()).add(path);
                }
            }
            listings = l = made;
        }
        return l.getOrDefault(dir, List.of());
    }

    /** Each file's size and checksum, by its path relative to {@code root}; none for a file not read. */
    Map<String, FileSum> sums(Path root) {
        String prefix = root.toString() + File.separator;
        Map<String, FileSum> sums = new HashMap<>();
        files.forEach((path, e) -> {
            if (!e.folder() && !e.unread() && e.size() >= 0 && path.startsWith(prefix)) {
                sums.put(path.substring(prefix.length()).replace(File.separatorChar, '/'), new FileSum(e.size(), e.sum()));
            }
        });
        return sums;
    }

    /** Every file under {@code root}, readable or not, by its path relative to it, sorted. */
    List<String> files(Path root) {
        String prefix = root.toString() + File.separator;
        List<String> found = new ArrayList<>();
        files.forEach((path, e) -> {
            if (!e.folder() && path.startsWith(prefix)) {
                found.add(path.substring(prefix.length()).replace(File.separatorChar, '/'));
            }
        });
        found.sort(null);
        return found;
    }

    /**
     * This manifest with the checksum of each file not read by its scan: from {@code known}, the size
     * and checksum of the bytes the build read (by path relative to {@code root}), else read now. A
     * size other than the scan's makes the entry racy, so the next scan reads the file again.
     */
    FileManifest filled(Path root, Map<String, FileSum> known) {
        return filled(root, known, Long.MAX_VALUE);
    }

    /**
     * Like {@link #filled(Path, Map)}, for files the build wrote: a file whose time is not well before
     * {@code writtenBy} (nanoseconds since the epoch) may have been changed since, so its entry is racy.
     */
    FileManifest filled(Path root, Map<String, FileSum> known, long writtenBy) {
        String prefix = root.toString() + File.separator;
        Map<String, Entry> now = new HashMap<>(files);
        files.forEach((path, e) -> {
            if (!e.unread()) {
                return;
            }
            FileSum sum = path.startsWith(prefix)
                    ? known.get(path.substring(prefix.length()).replace(File.separatorChar, '/')) : null;
            now.put(path, sum == null ? read(Path.of(path), e.size(), e.modified())
                    : new Entry(sum.size(), sum.size() == e.size() && e.modified() < writtenBy - RACY_NANOS
                            ? e.modified() : RACY, sum.sum()));
        });
        return new FileManifest(now);
    }

    /** True when both name the same files with the same bytes, whatever their times. */
    boolean sameContent(FileManifest other) {
        if (!files.keySet().equals(other.files.keySet())) {
            return false;
        }
        return files.entrySet().stream().allMatch(e -> {
            Entry o = other.files.get(e.getKey());
            return o.size() == e.getValue().size() && o.sum() == e.getValue().sum();
        });
    }

    void write(CacheOut out) {
        out.writeInt(files.size());
        for (var e : files.entrySet()) {
            out.writeText(e.getKey());
            out.writeLong(e.getValue().size());
            // a checksum never taken is no checksum: the next scan reads the file
            out.writeLong(e.getValue().unread() ? RACY : e.getValue().modified());
            out.writeLong(e.getValue().sum());
        }
    }

    static FileManifest read(CacheIn in) {
        Map<String, Entry> files = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            files.put(in.readText(), new Entry(in.readLong(), in.readLong(), in.readLong()));
        }
        return new FileManifest(files);
    }

    private static Entry read(Path file, long size, long modified) {
        if (size > TextFiles.MAX_BYTES) {
            // never read (the build refuses it): its time stands in for its checksum
            return new Entry(size, RACY, modified);
        }
        try {
            FileSum sum = FileSum.of(Files.readAllBytes(file));
            return new Entry(sum.size(), sum.size() == size ? modified : RACY, sum.sum());
        } catch (IOException e) {
            // gone or unreadable since the walk: a size no file has, so the tree compares unequal to any;
            // a link to a folder or to nothing is not a file, but is listed so that reading it reports it
            return new Entry(Files.isRegularFile(file) ? -1 : NOT_FILE, RACY, 0);
        }
    }
}
