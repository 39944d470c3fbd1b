package dev.explainer.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.explainer.TestFiles;
import dev.explainer.render.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build swaps a whole folder in, like a full one: the first stages hard links to the
 * files it keeps, and the site it replaced stays beside as the spare the next one brings up to date.
 */
class SpareTest {
    private static final String MARKER_TEXT = "Built by explainer: each build replaces this folder whole.\n";

    @TempDir
    Path tmp;

    private Path project() {
        return tmp.resolve("project");
    }

    private Path site() {
        return project().resolve("site");
    }

    @Test
    void updatesSwapWholeFoldersAndKeepUnchangedFilesAsLinks() throws IOException {
        build(Map.of("index.html", "home 1", "a/index.html", "a 1", "b/index.html", "b 1", "c/index.html", "c 1"));
        Object home = inode(site().resolve("index.html"));
        Object folder = inode(site());

        // no spare yet: the kept files are linked in
        assertEquals(Set.of("a/index.html", "c/index.html"), update(Map.of("index.html", "=", "a/index.html", "a 2", "b/index.html", "=")));
        assertEquals(tree("index.html", "home 1", "a/index.html", "a 2", "b/index.html", "b 1"), TestFiles.tree(site()));
        assertEquals(home, inode(site().resolve("index.html")), "a kept file is a link to the one before");
        assertNotEquals(folder, inode(site()), "a new folder was swapped in");
        assertEquals(List.of(".site.spare", "site"), beside(), "the replaced site is the spare");

        // the spare is brought up to date: a 1 linked back, c 1 deleted from it, the new changes written
        assertEquals(Set.of("b/index.html", "d/index.html"),
                update(Map.of("index.html", "=", "a/index.html", "=", "b/index.html", "b 3", "d/index.html", "d 3")));
        assertEquals(tree("index.html", "home 1", "a/index.html", "a 2", "b/index.html", "b 3", "d/index.html", "d 3"),
                TestFiles.tree(site()));
        assertEquals(home, inode(site().resolve("index.html")));

        // and again, deleting a file the last update wrote
        update(Map.of("index.html", "home 4", "a/index.html", "=", "b/index.html", "="));
        assertEquals(tree("index.html", "home 4", "a/index.html", "a 2", "b/index.html", "b 3"), TestFiles.tree(site()));
        assertEquals(false, Files.exists(site().resolve("d")), "an emptied folder goes");
    }

    @Test
    void theSiteIsUntouchedUntilTheSwapThoughItsFilesAreLinked() throws IOException {
        build(Map.of("index.html", "home 1", "a/index.html", "a 1"));
        update(Map.of("index.html", "=", "a/index.html", "a 2"));
        SiteWriter writer = SiteWriter.update(site(), project(), Set.of("index.html", "a/index.html"));
        writer.keep("a/index.html");
        writer.write(file("index.html", "home 3"));
        assertEquals(tree("index.html", "home 1", "a/index.html", "a 2"), TestFiles.tree(site()));
        writer.abort();
        assertEquals(tree("index.html", "home 1", "a/index.html", "a 2"), TestFiles.tree(site()));
        assertEquals(List.of("site"), beside(), "an aborted update uses up the spare");
    }

    @Test
    void aSpareForAnotherSiteIsNotUsed() throws IOException {
        build(Map.of("index.html", "home 1", "a/index.html", "a 1"));
        update(Map.of("index.html", "=", "a/index.html", "a 2"));
        // the site replaced behind our back: the spare trails a folder that is gone
        Path moved = project().resolve("moved");
        Files.move(site(), moved);
        Files.createDirectory(site());
        for (String f : List.of(SiteWriter.MARKER, "index.html", "a/index.html")) {
            Files.createDirectories(site().resolve(f).getParent());
            Files.copy(moved.resolve(f), site().resolve(f));
        }
        update(Map.of("index.html", "home 3", "a/index.html", "="));
        assertEquals(tree("index.html", "home 3", "a/index.html", "a 2"), TestFiles.tree(site()));
    }

    @Test
    void aFullBuildDiscardsTheSpare() throws IOException {
        build(Map.of("index.html", "home 1"));
        update(Map.of("index.html", "home 2"));
        build(Map.of("index.html", "home 3"));
        assertEquals(List.of("site"), beside());
        update(Map.of("index.html", "home 4"));
        assertEquals(tree("index.html", "home 4"), TestFiles.tree(site()));
    }

    @Test
    void aSpareMadeAfterAFullBuildSavesTheFirstUpdateItsLinks() throws IOException {
        build(Map.of("index.html", "home 1", "a/index.html", "a 1", "b/index.html", "b 1"));
        Object home = inode(site().resolve("index.html"));
        SiteWriter.prepareSpare(site());
        assertEquals(List.of(".site.spare", "site"), beside());
        assertEquals(TestFiles.tree(site()), TestFiles.tree(Spare.folder(site())).entrySet().stream()
                .filter(e -> !e.getKey().equals(Spare.MANIFEST))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "the spare is the site");
        SiteWriter.prepareSpare(site());
        assertEquals(List.of(".site.spare", "site"), beside(), "made once");

        update(Map.of("index.html", "=", "a/index.html", "a 2"));
        assertEquals(tree("index.html", "home 1", "a/index.html", "a 2"), TestFiles.tree(site()));
        assertEquals(home, inode(site().resolve("index.html")), "the spare's link to the site's file");
    }

    @Test
    void anUpdateThatChangesNothingLeavesTheSiteAndItsSpare() throws IOException {
        build(Map.of("index.html", "home 1", "a/index.html", "a 1"));
        update(Map.of("index.html", "=", "a/index.html", "a 2"));
        Object folder = inode(site());
        assertEquals(Set.of(), update(Map.of("index.html", "=", "a/index.html", "=")));
        assertEquals(folder, inode(site()), "no swap");
        assertEquals(List.of(".site.spare", "site"), beside());
        update(Map.of("index.html", "home 3", "a/index.html", "="));
        assertEquals(tree("index.html", "home 3", "a/index.html", "a 2"), TestFiles.tree(site()));
    }

    /** A full build of {@code files}. */
    private void build(Map<String, String> files) {
        SiteWriter writer = SiteWriter.open(site(), project());
        files.forEach((path, text) -> writer.write(file(path, text)));
        writer.commit();
    }

    /**
     * An update to the files of the site now: "=" keeps a file, other text writes it, a file left
     * out is deleted.
     */
    private Set<String> update(Map<String, String> files) throws IOException {
        Set<String> previous;
        try (Stream<Path> walk = Files.walk(site())) {
            previous = Set.copyOf(walk.filter(Files::isRegularFile).map(p -> site().relativize(p).toString())
                    .filter(p -> !p.equals(SiteWriter.MARKER)).toList());
        }
        SiteWriter writer = SiteWriter.update(site(), project(), previous);
        files.forEach((path, text) -> {
            if (text.equals("=")) {
                writer.keep(path);
            } else {
                writer.write(file(path, text));
            }
        });
        return writer.commit();
    }

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8), "templates/page.peb");
    }

    private static Map<String, String> tree(String... pathsAndTexts) {
        Map<String, String> tree = new TreeMap<>(Map.of(SiteWriter.MARKER, MARKER_TEXT));
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            tree.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return tree;
    }

    private static Object inode(Path p) throws IOException {
        return Files.readAttributes(p, "unix:ino").get("ino");
    }

    private List<String> beside() throws IOException {
        try (Stream<Path> files = Files.list(project())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains("site")).sorted().toList();
        }
    }
}
