package dev.explainer.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import dev.explainer.content.Publishing;
import dev.explainer.diag.BuildException;
import dev.explainer.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that reuses an earlier build's state (as {@code explainer serve} does) writes exactly the
 * site a full build from scratch writes, byte for byte, through a random sequence of edits to seeds,
 * content, front matter, entities.yaml, site.yaml, templates and assets, including deletions, renames
 * and builds that fail; and it writes only what changed.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    private interface Edit {
        void apply(Path project, Random random) throws IOException;
    }

    private static final Map<String, Edit> EDITS = Map.ofEntries(
            Map.entry("append to a page body", (p, r) -> {
                Path page = pick(p.resolve("content"), ".md", r);
                Files.writeString(page, Files.readString(page) + "\nA new paragraph " + r.nextInt(1000) + " about Portmere.\n");
            }),
            Map.entry("retitle a page", (p, r) -> {
                Path page = pick(p.resolve("content"), ".md", r);
                Files.writeString(page, Files.readString(page).replaceFirst("(?m)^title: .*$", "title: Retitled " + r.nextInt(1000)));
            }),
            Map.entry("edit a seed", (p, r) -> {
                Path seed = pick(p.resolve("seeds"), ".txt", r);
                Files.writeString(seed, Files.readString(seed) + "\n“We are watching closely,” Anika Brandt said on Friday.\n");
            }),
            Map.entry("add a seed", (p, r) -> TestFiles.write(p.resolve("seeds/new-" + r.nextInt(1_000_000) + ".txt"),
                    "Date: 2025-05-0" + (1 + r.nextInt(9)) + "\n\nTalks resume in Portmere, round " + r.nextInt(1_000_000)
                            + "\n\nExtended coverage: " + (r.nextBoolean() ? "Valdoria water dispute" : "Harbour talks")
                            + "\n\nForeign Minister Anika Brandt met the Keldas Basin Authority (KBA) in Portmere.\n")),
            Map.entry("give a seed's headline to a new seed", (p, r) -> {
                // the moved article's old page is written again, for the new seed that sorts after it
                Path seed = pick(p.resolve("seeds"), ".txt", r);
                byte[] before = Files.readAllBytes(seed);
                List<String> lines = new ArrayList<>(Files.readAllLines(seed));
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).replace("\uFEFF", "").strip();
                    if (!line.isEmpty() && !line.matches("[A-Za-z_-]+: .*")) {
                        lines.set(i, "Moved story " + r.nextInt(1_000_000));
                        Files.write(seed, lines);
                        TestFiles.write(p.resolve("seeds/zz-taken-" + r.nextInt(1_000_000) + ".txt"), before);
                        break;
                    }
                }
            }),
            Map.entry("delete a content page", (p, r) -> Files.delete(pick(p.resolve("content"), ".md", r))),
            Map.entry("delete a seed", (p, r) -> {
                if (count(p.resolve("seeds"), ".txt") > 2) {
                    Files.delete(pick(p.resolve("seeds"), ".txt", r));
                }
            }),
            Map.entry("move a content page", (p, r) -> {
                Path page = pick(p.resolve("content"), ".md", r);
                Files.move(page, page.resolveSibling("moved-" + r.nextInt(1000) + "-" + page.getFileName()));
            }),
            Map.entry("override the article template", (p, r) -> TestFiles.write(p.resolve("templates/article.peb"),
                    "{% extends \"base.peb\" %}{% block content %}<h1>{{ page.title }}</h1>{{ page.body | raw }}"
                            + "<p>v" + r.nextInt(1000) + "</p>{% endblock %}")),
            Map.entry("break the article template", (p, r) -> TestFiles.write(p.resolve("templates/article.peb"),
                    "{% extends \"base.peb\" %}{% block content %}{{ no_such_variable }}{% endblock %}")),
            Map.entry("remove template overrides", (p, r) -> TestFiles.deleteTree(p.resolve("templates"))),
            Map.entry("add an asset", (p, r) -> TestFiles.write(p.resolve("templates/assets/extra-" + r.nextInt(3) + ".css"),
                    "p { margin: " + r.nextInt(9) + "px }\n")),
            Map.entry("edit entities.yaml", (p, r) -> {
                Path file = p.resolve("content/entities.yaml");
                String text = Files.exists(file) ? Files.readString(file) : "";
                Files.writeString(file, text.replaceAll("(?m)^  role: .*$", "  role: Envoy " + r.nextInt(1000)));
            }),
            Map.entry("retitle the site", (p, r) -> TestFiles.write(p.resolve("content/site.yaml"),
                    "title: The Portmere Explainer " + r.nextInt(1000) + "\n")));

    @Test
    void everyIncrementalBuildEqualsAFullBuild() throws IOException {
        Pipeline pipeline = new Pipeline();
        BuildState state = new BuildState();
        editAndCompare(o -> pipeline.build(o, state));
    }

    /** As separate runs of {@code explainer build} do, through the cache on disk, and with a new build of the tool now and then. */
    @Test
    void everyCachedBuildEqualsAFullBuild() throws IOException {
        int[] runs = {0};
        editAndCompare(o -> BuildCache.build(new Pipeline(), o, "tool " + (runs[0]++ % 5 == 4 ? runs[0] : 0)));
    }

    /**
     * As {@code explainer serve} does: a scan before each build, so that only the sources whose size or
     * time changed are read. Each edit's files are given a time in the past, as if saved long before the
     * build: the scan trusts every other file by its time, not because it was changed a moment ago.
     */
    @Test
    void everyBuildAfterAScanEqualsAFullBuild() throws IOException {
        Pipeline pipeline = new Pipeline();
        BuildState state = new BuildState();
        int[] step = {0};
        editAndCompare(o -> {
            try {
                backdate(o.root(), ++step[0]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return scanAndBuild(pipeline, state, o);
        });
    }

    /** The scan before a build in the same process vouches for a file by its size and time, so the build does not read it. */
    @Test
    void aBuildAfterAScanReadsOnlyTheSourcesWhoseSizeOrTimeChanged() throws IOException {
        Path project = newsroom();
        BuildOptions options = new BuildOptions(project, project.resolve("site"), false, false);
        Pipeline pipeline = new Pipeline();
        BuildState state = new BuildState();
        scanAndBuild(pipeline, state, options);
        backdate(project, 1);
        scanAndBuild(pipeline, state, options);
        Map<String, String> built = TestFiles.tree(project.resolve("site"));
        // other bytes of the same size at the same time: only reading the file would tell
        Path page = pick(project.resolve("content"), ".md", new Random(7));
        FileTime time = Files.getLastModifiedTime(page);
        Files.writeString(page, "x".repeat((int) Files.size(page)));
        Files.setLastModifiedTime(page, time);
        scanAndBuild(pipeline, state, options);
        assertEquals(built, TestFiles.tree(project.resolve("site")), "vouched for by its size and time: not read");
        Files.setLastModifiedTime(page, FileTime.from(time.toInstant().plusSeconds(1)));
        assertTrue(outcome(() -> scanAndBuild(pipeline, state, options)).stream().anyMatch(Diagnostic::isError),
                "a new time: read, and its bytes are no page");
    }

    /** 'build --base-url X' run beside 'serve': serve's next build must not keep the other build's files as its own. */
    @Test
    void aSiteAnotherBuildSwappedInIsNotUpdatedInPlaceAsIfItWereOurs() throws IOException {
        Path project = newsroom();
        BuildOptions serve = new BuildOptions(project, project.resolve("site"), false, false);
        Pipeline pipeline = new Pipeline();
        BuildState state = new BuildState();
        scanAndBuild(pipeline, state, serve);
        new Pipeline().build(new BuildOptions(project, project.resolve("site"), false,
                new Publishing(false, false, Publishing.DEFAULT.clock(), "https://preview.example/")));
        backdate(project, 1);
        Path seed = pick(project.resolve("seeds"), ".txt", new Random(3));
        Files.writeString(seed, Files.readString(seed) + "\nOne more paragraph.\n");
        scanAndBuild(pipeline, state, serve);
        Map<String, String> afterServe = TestFiles.tree(project.resolve("site"));
        new Pipeline().build(serve);
        assertEquals(TestFiles.tree(project.resolve("site")), afterServe, "as a fresh build makes it");
    }

    private static BuildReport scanAndBuild(Pipeline pipeline, BuildState state, BuildOptions options) {
        state.scanSources(options.root());
        BuildReport report = pipeline.build(options, state);
        state.sourcesRead(options.root(), report.ingest());
        return report;
    }

    /** Gives every source file and folder changed since the last call a time in the past, a new one each call. */
    private static void backdate(Path project, int call) throws IOException {
        Instant past = Instant.parse("2020-01-01T00:00:00Z");
        for (String dir : List.of("seeds", "content", "templates")) {
            if (!Files.isDirectory(project.resolve(dir))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(project.resolve(dir))) {
                for (Path p : walk.toList()) {
                    if (Files.getLastModifiedTime(p).toInstant().isAfter(past.plusSeconds(100_000))) {
                        Files.setLastModifiedTime(p, FileTime.from(past.plusSeconds(call)));
                    }
                }
            }
        }
    }

    private void editAndCompare(java.util.function.Function<BuildOptions, BuildReport> incrementalBuild) throws IOException {
        Path project = newsroom();
        BuildOptions options = new BuildOptions(project, project.resolve("site"), false, false);
        incrementalBuild.apply(options);
        // a separate pipeline, and a fresh state for every build: the reference
        Pipeline reference = new Pipeline();
        Random random = new Random(20261124);
        // every edit twice, in a random order
        List<String> names = new ArrayList<>(EDITS.keySet().stream().sorted().toList());
        names.addAll(List.copyOf(names));
        Collections.shuffle(names, random);
        int kept = 0;
        for (int step = 0; step < names.size(); step++) {
            String name = names.get(step);
            EDITS.get(name).apply(project, random);
            Map<String, String> before = TestFiles.tree(project.resolve("site"));
            Path full = tmp.resolve("full-" + step);
            List<Diagnostic> incremental = outcome(() -> incrementalBuild.apply(options));
            List<Diagnostic> fresh = outcome(() -> reference.build(new BuildOptions(project, full, false, false)));
            assertEquals(fresh, incremental, "step " + step + " (" + name + "): both builds report the same");
            if (incremental.stream().anyMatch(Diagnostic::isError)) {
                assertEquals(before, TestFiles.tree(project.resolve("site")), "step " + step + ": a failed build keeps the site");
                // the editor fixes it before the next edit
                TestFiles.deleteTree(project.resolve("templates"));
                continue;
            }
            Map<String, String> site = TestFiles.tree(project.resolve("site"));
            assertEquals(TestFiles.tree(full), site, "step " + step + " (" + name + "): incremental equals full build");
            kept += (int) site.keySet().stream().filter(before::containsKey).filter(k -> site.get(k).equals(before.get(k))).count();
        }
        assertTrue(kept > 0, "unchanged files were kept");
    }

    @Test
    void theCacheOnDiskSkipsAnUnchangedBuildAndIsIgnoredWhenTheSiteWasTouched() throws IOException {
        Path project = newsroom();
        BuildOptions options = new BuildOptions(project, project.resolve("site"), false, false);
        BuildReport first = BuildCache.build(new Pipeline(), options, "tool");
        BuildReport again = BuildCache.build(new Pipeline(), options, "tool");
        assertEquals(List.of("unchanged"), again.timings().stream().map(BuildReport.Timing::stage).toList());
        assertEquals(first.diagnostics(), again.diagnostics(), "the same warnings, so --strict fails the same way");
        assertEquals(first.files(), again.files());

        Map<String, String> built = TestFiles.tree(project.resolve("site"));
        TestFiles.write(project.resolve("site/index.html"), "tampered");
        TestFiles.delete(project.resolve("site/assets/style.css"));
        BuildReport repaired = BuildCache.build(new Pipeline(), options, "tool");
        assertEquals(first.files(), repaired.changed().size(), "a site not as the last build left it is built whole");
        assertEquals(built, TestFiles.tree(project.resolve("site")));

        TestFiles.write(project.resolve(BuildCache.DIR).resolve("state"), "not a cache");
        BuildCache.build(new Pipeline(), options, "tool");
        assertEquals(built, TestFiles.tree(project.resolve("site")), "a broken cache is rebuilt, not trusted");
    }

    /** A fresh clone, or a CI cache restored beside one: every file has a new time, the same bytes. */
    @Test
    void theCacheComparesFilesByContentSoAFreshCheckoutStillSkipsTheBuild() throws IOException {
        Path project = newsroom();
        BuildOptions options = new BuildOptions(project, project.resolve("site"), false, false);
        BuildCache.build(new Pipeline(), options, "tool");
        Map<String, String> built = TestFiles.tree(project.resolve("site"));

        touchEveryFile(project, FileTime.from(Instant.now().plusSeconds(3600)));
        BuildReport again = BuildCache.build(new Pipeline(), options, "tool");
        assertEquals(List.of("unchanged"), again.timings().stream().map(BuildReport.Timing::stage).toList());

        // the same size, a new time: read again, and the changed byte is seen
        Path seed;
        try (Stream<Path> seeds = Files.walk(project.resolve("seeds"))) {
            seed = seeds.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(seed);
        int at = text.indexOf(" the ");
        Files.writeString(seed, text.substring(0, at) + " The " + text.substring(at + 5));
        touchEveryFile(project, FileTime.from(Instant.now().plusSeconds(7200)));
        BuildReport edited = BuildCache.build(new Pipeline(), options, "tool");
        assertFalse(edited.changed().isEmpty(), "a changed seed of the same size is rebuilt");
        assertTrue(edited.timings().stream().noneMatch(t -> t.stage().equals("unchanged")));
        assertFalse(built.equals(TestFiles.tree(project.resolve("site"))));
    }

    /** The sources file is written again only when many entries or the explainer index changed; the rest are read again by checksum. */
    @Test
    void anEditLeavesTheSourcesFileBehindUntilTheExplainerIndexChanges() throws IOException {
        Path project = newsroom();
        BuildOptions options = new BuildOptions(project, project.resolve("site"), false, false);
        BuildCache.build(new Pipeline(), options, "tool");
        Path sources = project.resolve(BuildCache.DIR).resolve("sources");
        byte[] first = Files.readAllBytes(sources);

        Path page = project.resolve("content/portmere-festival/harbour-festival-returns-to-portmere-after-five-years.md");
        Files.writeString(page, Files.readString(page) + "\nA late addition.\n");
        BuildCache.build(new Pipeline(), options, "tool");
        assertArrayEquals(first, Files.readAllBytes(sources), "one page behind: not written again");

        Files.writeString(page, Files.readString(page).replaceFirst("(?m)^title: .*$", "title: Festival is back"));
        BuildCache.build(new Pipeline(), options, "tool");
        assertFalse(Arrays.equals(first, Files.readAllBytes(sources)), "a new explainer index is written");
        new Pipeline().build(new BuildOptions(project, tmp.resolve("full"), false, false));
        assertEquals(TestFiles.tree(tmp.resolve("full")), TestFiles.tree(project.resolve("site")));
    }

    @Test
    void anEditWritesOnlyTheMemosThatChangedUntilManyHave() throws IOException {
        Path project = newsroom();
        BuildOptions options = new BuildOptions(project, project.resolve("site"), false, false);
        BuildCache.build(new Pipeline(), options, "tool");
        Path dir = project.resolve(BuildCache.DIR);
        byte[] whole = Files.readAllBytes(dir.resolve(MemoStore.WHOLE));
        assertFalse(Files.exists(dir.resolve(MemoStore.CHANGED)));

        Path page = project.resolve("content/portmere-festival/harbour-festival-returns-to-portmere-after-five-years.md");
        String original = Files.readString(page);
        for (int i = 0; i < 2; i++) {
            Files.writeString(page, Files.readString(page) + "\nA late addition " + i + ".\n");
            BuildCache.build(new Pipeline(), options, "tool");
            assertArrayEquals(whole, Files.readAllBytes(dir.resolve(MemoStore.WHOLE)), "edit " + i + ": the whole file is kept");
            assertTrue(Files.exists(dir.resolve(MemoStore.CHANGED)), "edit " + i + ": its changes are written beside it");
        }
        assertEquals(List.of("unchanged"), BuildCache.build(new Pipeline(), options, "tool").timings().stream()
                .map(BuildReport.Timing::stage).toList(), "the changes name the state they go with");
        // back as the whole file has it: only the changes say the site shows something else
        Files.writeString(page, original);
        BuildCache.build(new Pipeline(), options, "tool");
        new Pipeline().build(new BuildOptions(project, tmp.resolve("reverted"), false, false));
        assertEquals(TestFiles.tree(tmp.resolve("reverted")), TestFiles.tree(project.resolve("site")));

        // a new site title is on every page: the whole file again
        TestFiles.write(project.resolve("content/site.yaml"), "title: Another Explainer\n");
        BuildCache.build(new Pipeline(), options, "tool");
        assertFalse(Arrays.equals(whole, Files.readAllBytes(dir.resolve(MemoStore.WHOLE))));
        assertFalse(Files.exists(dir.resolve(MemoStore.CHANGED)));

        Files.writeString(page, Files.readString(page) + "\nOne more.\n");
        BuildCache.build(new Pipeline(), options, "tool");
        Files.writeString(page, Files.readString(page) + "\nAnd another.\n");
        BuildReport last = BuildCache.build(new Pipeline(), options, "tool");
        assertEquals(1, last.changed().size(), "the memos read back through their changes keep every other page");
        new Pipeline().build(new BuildOptions(project, tmp.resolve("full"), false, false));
        assertEquals(TestFiles.tree(tmp.resolve("full")), TestFiles.tree(project.resolve("site")));
    }

    /** The scan lists the sources for ingest and the loader: a link to nothing or to a folder is no file there either. */
    @Test
    void linksThatAreNoFilesAreTakenAlikeWithAndWithoutTheCache() throws IOException {
        Path project = newsroom();
        Files.createSymbolicLink(project.resolve("content/gone.md"), project.resolve("content/no-such-page.md"));
        Files.createSymbolicLink(project.resolve("seeds/folder.txt"), project.resolve("seeds/valdoria"));
        List<Diagnostic> cached = outcome(() -> BuildCache.build(new Pipeline(), new BuildOptions(project, project.resolve("site"),
                false, false), "tool"));
        List<Diagnostic> fresh = outcome(() -> new Pipeline().build(new BuildOptions(project, tmp.resolve("full"), false, false)));
        assertEquals(fresh, cached);
        assertEquals(TestFiles.tree(tmp.resolve("full")), TestFiles.tree(project.resolve("site")));
    }

    private static void touchEveryFile(Path dir, FileTime time) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(dir.resolve(BuildCache.DIR))).toList()) {
                Files.setLastModifiedTime(f, time);
            }
        }
    }

    @Test
    void anUnchangedRebuildWritesNothingAndOneEditWritesItsPages() throws IOException {
        Path project = newsroom();
        BuildOptions options = new BuildOptions(project, project.resolve("site"), false, false);
        Pipeline pipeline = new Pipeline();
        BuildState state = new BuildState();
        BuildReport first = pipeline.build(options, state);
        assertEquals(first.files(), first.changed().size());
        assertEquals(0, pipeline.build(options, state).changed().size());

        Path page = project.resolve("content/portmere-festival/harbour-festival-returns-to-portmere-after-five-years.md");
        Files.writeString(page, Files.readString(page) + "\nA late addition.\n");
        BuildReport edited = pipeline.build(options, state);
        assertEquals(List.of("portmere-festival/harbour-festival-returns-to-portmere-after-five-years/index.html"),
                edited.changed().stream().sorted().toList());

        Files.writeString(page, Files.readString(page).replaceFirst("(?m)^title: .*$", "title: Festival is back"));
        BuildReport retitled = pipeline.build(options, state);
        assertTrue(retitled.changed().contains("index.html"), "the home page lists the title");
        assertTrue(retitled.changed().size() < first.files() / 2, "a title touches the pages that show it: " + retitled.changed());
        assertFalse(retitled.changed().contains("assets/style.css"));
    }

    /** A copy of the golden newsroom project to build and edit. */
    private Path newsroom() {
        Path project = tmp.resolve("project");
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), project);
        return project;
    }

    private interface Build {
        BuildReport run();
    }

    /** What a build reported, errors included, without the ingest lines that only the first build of a change writes. */
    private static List<Diagnostic> outcome(Build build) {
        try {
            return build.run().diagnostics();
        } catch (BuildException e) {
            return e.diagnostics();
        }
    }

    private static Path pick(Path dir, String suffix, Random random) throws IOException {
        List<Path> files = files(dir, suffix);
        return files.get(random.nextInt(files.size()));
    }

    private static long count(Path dir, String suffix) throws IOException {
        return files(dir, suffix).size();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList());
        }
    }
}
