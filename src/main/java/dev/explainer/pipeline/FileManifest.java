package dev.explainer.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The files under some folders, each with its size, modification time and a 64-bit checksum of its
 * bytes. A file is read again only when its size or time differs from the last scan's, so an
 * unchanged tree costs one walk, while a fresh checkout (new times, same bytes) or a restored CI
 * cache still compares equal by content. Like git's index, a file changed within a moment of the
 * scan is "racy": its time is not trusted, and the next scan reads it again.
 */
final class FileManifest {
    /** Files whose time is this close to the scan may still change within the same clock tick. */
    private static final long RACY_NANOS = 50_000_000L;
    private static final long RACY = Long.MIN_VALUE;

    /** @param modified nanoseconds since the epoch, or {@link #RACY} */
    record Entry(long size, long modified, long sum) {
    }

    static final FileManifest EMPTY = new FileManifest(Map.of());

    private final Map<String, Entry> files;

    private FileManifest(Map<String, Entry> files) {
        this.files = files;
    }

    /** Scans {@code dirs}, reading only the files {@code previous} does not vouch for. */
    static FileManifest scan(List<Path> dirs, FileManifest previous) {
        long start = System.currentTimeMillis() * 1_000_000L;
        // each top-level entry walked on its own thread: a big archive has tens of thousands of files
        List<Path> tops = new ArrayList<>();
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.forEach(tops::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        List<Seen> seen = tops.parallelStream().flatMap(top -> walk(top).stream()).toList();
        Map<String, Entry> files = new TreeMap<>();
        seen.parallelStream().map(s -> {
            Entry last = previous.files.get(s.path());
            long modified = s.modified() > start - RACY_NANOS ? RACY : s.modified();
            if (last != null && last.modified() != RACY && last.modified() == s.modified() && last.size() == s.size()) {
                return Map.entry(s.path(), new Entry(s.size(), modified, last.sum()));
            }
            return Map.entry(s.path(), read(s.file(), s.size(), modified));
        }).toList().forEach(e -> files.put(e.getKey(), e.getValue()));
        return new FileManifest(files);
    }

    private record Seen(String path, Path file, long size, long modified) {
    }

    private static List<Seen> walk(Path top) {
        List<Seen> seen = new ArrayList<>();
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    long nanos = a.lastModifiedTime().toInstant().getEpochSecond() * 1_000_000_000L
                            + a.lastModifiedTime().toInstant().getNano();
                    seen.add(new Seen(file.toString(), file, a.size(), nanos));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seen;
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

    void write(DataOutputStream out) throws IOException {
        out.writeInt(files.size());
        for (var e : files.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue().size());
            out.writeLong(e.getValue().modified());
            out.writeLong(e.getValue().sum());
        }
    }

    static FileManifest read(DataInputStream in) throws IOException {
        Map<String, Entry> files = new TreeMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            files.put(in.readUTF(), new Entry(in.readLong(), in.readLong(), in.readLong()));
        }
        return new FileManifest(files);
    }

    /** The checksum: two CRCs of different polynomials, 64 bits read at memory speed. */
    private static Entry read(Path file, long size, long modified) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            CRC32C c = new CRC32C();
            c.update(bytes);
            CRC32 d = new CRC32();
            d.update(bytes);
            return new Entry(bytes.length, bytes.length == size ? modified : RACY, c.getValue() << 32 | d.getValue());
        } catch (IOException e) {
            // gone or unreadable since the walk: a size no file has, so the tree compares unequal to any
            return new Entry(-1, RACY, 0);
        }
    }
}
