package dev.explainer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.frontmatter.FileSum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan trusts a folder's listing while the folder's time is unchanged, and a file's checksum while
 * its size and time are: every kind of change must still make the tree compare unequal.
 */
class FileManifestTest {
    @TempDir
    Path dir;

    private static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private FileManifest last;
    private int settled;

    @BeforeEach
    void tree() throws IOException {
        write("a/one.txt", "one");
        write("a/b/two.txt", "two");
        write("three.txt", "three");
        settle();
        last = scan(FileManifest.EMPTY);
        // the second scan is the one that takes listings from the first
        last = scan(last);
    }

    @Test
    void anUnchangedTreeComparesEqual() {
        assertTrue(last.sameContent(scan(last)));
    }

    @Test
    void aFileAddedToAFolderIsSeen() throws IOException {
        write("a/b/new.txt", "new");
        settle();
        assertFalse(last.sameContent(scan(last)));
    }

    @Test
    void aFileRemovedIsSeen() throws IOException {
        Files.delete(dir.resolve("a/b/two.txt"));
        settle();
        assertFalse(last.sameContent(scan(last)));
    }

    @Test
    void aRenameIsSeen() throws IOException {
        Files.move(dir.resolve("a/one.txt"), dir.resolve("a/uno.txt"));
        settle();
        assertFalse(last.sameContent(scan(last)));
    }

    @Test
    void anEmptyFolderAddedIsSeen() throws IOException {
        Files.createDirectories(dir.resolve("a/b/c"));
        settle();
        assertFalse(last.sameContent(scan(last)));
    }

    @Test
    void aFileReplacedByAFolderIsSeen() throws IOException {
        Files.delete(dir.resolve("three.txt"));
        write("three.txt/inside.txt", "three");
        settle();
        assertFalse(last.sameContent(scan(last)));
    }

    @Test
    void anEditInPlaceIsSeenWithTheFoldersTimesPutBack() throws IOException {
        FileTime folder = Files.getLastModifiedTime(dir.resolve("a/b"));
        write("a/b/two.txt", "TWO");
        Files.setLastModifiedTime(dir.resolve("a/b"), folder);
        settle();
        assertFalse(last.sameContent(scan(last)));
    }

    @Test
    void newTimesOnTheSameBytesCompareEqual() throws IOException {
        FileTime later = FileTime.from(Instant.now().minusSeconds(5));
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                Files.setLastModifiedTime(p, later);
            }
        }
        FileManifest touched = scan(last);
        assertTrue(last.sameContent(touched));
        assertTrue(touched.sameContent(scan(touched)));
    }

    @Test
    void aFolderChangedJustBeforeAScanIsListedAgainByTheNext() throws IOException {
        // racy: the folder's time is within a moment of the scan, so the listing is not trusted later
        write("a/first.txt", "first");
        FileManifest racy = scan(last);
        FileTime same = Files.getLastModifiedTime(dir.resolve("a"));
        write("a/second.txt", "second");
        Files.setLastModifiedTime(dir.resolve("a"), same);
        assertFalse(racy.sameContent(scan(racy)));
    }

    @Test
    void anUpdateForTheFilesABuildWroteEqualsAScan() throws IOException {
        write("a/b/two.txt", "TWO");
        write("a/c/d/new.txt", "new");
        Files.delete(dir.resolve("three.txt"));
        FileManifest updated = last.updated(dir, List.of("a/b/two.txt", "a/c/d/new.txt", "three.txt"));
        assertTrue(scan(FileManifest.EMPTY).sameContent(updated));
        assertTrue(updated.sameContent(scan(updated)));
        write("a/c/d/other.txt", "other");
        assertFalse(updated.sameContent(scan(updated)), "the new folder's time was taken, not assumed");
        Files.delete(dir.resolve("a/c/d/other.txt"));

        Files.delete(dir.resolve("a/c/d/new.txt"));
        Files.delete(dir.resolve("a/c/d"));
        Files.delete(dir.resolve("a/c"));
        updated = updated.updated(dir, List.of("a/c/d/new.txt"));
        assertTrue(scan(FileManifest.EMPTY).sameContent(updated), "the folders it emptied are gone");
    }

    @Test
    void anUpdateLooksAtNoFolderAboveThoseScanned() throws IOException {
        FileManifest a = FileManifest.scan(List.of(dir.resolve("a")), FileManifest.EMPTY);
        write("a/b/two.txt", "TWO");
        assertTrue(FileManifest.scan(List.of(dir.resolve("a")), FileManifest.EMPTY).sameContent(a.updated(dir, List.of("a/b/two.txt"))));
    }

    /** A cold build's scan reads no file: their checksums come from what the build read, or are taken at the end. */
    @Test
    void filesNotReadByTheScanGetTheChecksumsOfWhatTheBuildRead() throws IOException {
        FileManifest cold = FileManifest.scan(List.of(dir), FileManifest.EMPTY, true);
        assertEquals(Map.of(), cold.sums(dir), "no checksum is vouched for before the build reads the files");
        assertEquals(List.of("a/b/two.txt", "a/one.txt", "three.txt"), cold.files(dir));
        // the build read one.txt and two.txt; three.txt was changed after the scan, and nothing read it
        FileTime scanned = Files.getLastModifiedTime(dir.resolve("three.txt"));
        write("three.txt", "three, changed");
        FileManifest filled = cold.filled(dir, Map.of("a/one.txt", sum("one"), "a/b/two.txt", sum("two")));
        assertTrue(filled.sameContent(scan(FileManifest.EMPTY)), "the bytes the build read, and the rest read now");
        assertEquals(sum("uno"), cold.filled(dir, Map.of("a/one.txt", sum("uno"))).sums(dir).get("a/one.txt"),
                "the checksum is of the bytes the build read, not read again");
        // the same size again, at the time the scan saw: only a scan that reads it tells it changed
        write("three.txt", "three, CHANGED");
        Files.setLastModifiedTime(dir.resolve("three.txt"), scanned);
        assertFalse(filled.sameContent(scan(filled)), "a size other than the scan's: its time is not trusted");
    }

    /**
     * A build's output is known by the bytes the build wrote, without reading it back, but only by a
     * time well before the build was put in place: until then no one else knew where the files were.
     */
    @Test
    void filesTheBuildWroteAreKnownByTheirBytesWhenTheirTimeIsWellBeforeTheCommit() throws IOException {
        Instant committed = EPOCH.plusSeconds(500);
        long at = committed.getEpochSecond() * 1_000_000_000L;
        Map<String, FileSum> wrote = Map.of("a/one.txt", sum("one"), "a/b/two.txt", sum("two"), "three.txt", sum("three"));
        // one.txt was changed after the commit, to bytes of the same size
        write("a/one.txt", "ONE");
        Files.setLastModifiedTime(dir.resolve("a/one.txt"), FileTime.from(committed.plusSeconds(1)));
        FileManifest built = FileManifest.scan(List.of(dir), FileManifest.EMPTY, true).filled(dir, wrote, at);
        assertFalse(built.sameContent(scan(built)), "changed after the commit: the next scan reads it again");
        // two.txt, written long before the commit, is vouched for by its time: the next scan does not read it
        FileTime two = Files.getLastModifiedTime(dir.resolve("a/b/two.txt"));
        write("a/b/two.txt", "TWO");
        Files.setLastModifiedTime(dir.resolve("a/b/two.txt"), two);
        assertEquals(sum("two"), scan(built).sums(dir).get("a/b/two.txt"), "the bytes the build wrote, not read back");
        // written a moment before the commit, it may have changed within the same tick of the clock
        write("three.txt", "THREE");
        Files.setLastModifiedTime(dir.resolve("three.txt"), FileTime.from(committed.minusMillis(10)));
        FileManifest late = FileManifest.scan(List.of(dir), FileManifest.EMPTY, true).filled(dir, wrote, at);
        assertEquals(sum("THREE"), scan(late).sums(dir).get("three.txt"), "a time close to the commit is not trusted");
    }

    private static FileSum sum(String text) {
        return FileSum.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private FileManifest scan(FileManifest previous) {
        return FileManifest.scan(List.of(dir), previous);
    }

    private void write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** Puts the time of every entry changed since the last call in the past, a new time each call, so no entry is racy. */
    private void settle() throws IOException {
        settled++;
        FileTime past = FileTime.from(EPOCH.plusSeconds(settled));
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isAfter(EPOCH.plusSeconds(1000))) {
                    Files.setLastModifiedTime(p, past);
                }
            }
        }
    }
}
