package dev.explainer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    private static final String PAGE = "content/water-dispute/dam-talks-resume.md";
    private static final String SEED = "Dam talks resume\n\nExtended coverage: Water dispute\n\nTalks resumed on Monday.\n";

    @TempDir
    Path root;

    private final Ingester ingester = new Ingester(a -> Map.of());

    private IngestReport ingest(boolean force) {
        return ingester.run(root, force, false);
    }

    @Test
    void reingestingUnchangedSeedsChangesNoByte() throws Exception {
        TestFiles.write(root.resolve("seeds/a.txt"), SEED);
        assertEquals(List.of(PAGE), ingest(false).written());
        long modified = Files.getLastModifiedTime(root.resolve(PAGE)).toMillis();
        String before = TestFiles.read(root.resolve(PAGE));
        Thread.sleep(20);
        IngestReport again = ingest(false);
        assertEquals(List.of(), again.written());
        assertEquals(1, again.unchanged());
        assertEquals(before, TestFiles.read(root.resolve(PAGE)));
        assertEquals(modified, Files.getLastModifiedTime(root.resolve(PAGE)).toMillis());
    }

    @Test
    void keepsHandEditedPageOnReingest() {
        TestFiles.write(root.resolve("seeds/a.txt"), SEED);
        ingest(false);
        String edited = TestFiles.read(root.resolve(PAGE)).replace("Talks resumed on Monday.", "Talks resumed on Monday, officials said.");
        TestFiles.write(root.resolve(PAGE), edited);
        IngestReport r = ingest(false);
        assertEquals(List.of(PAGE), r.kept());
        assertEquals(List.of(), r.diagnostics().stream().filter(d -> d.pos().path().equals(PAGE)).toList());
        assertEquals(edited, TestFiles.read(root.resolve(PAGE)));
    }

    @Test
    void aHandEditedPageTakesTheSeedsChangesToTheFieldsTheEditorLeftAlone() {
        TestFiles.write(root.resolve("seeds/a.txt"), SEED);
        ingest(false);
        String edited = TestFiles.read(root.resolve(PAGE)).replace("title: Dam talks resume", "title: Dam talks finally resume");
        TestFiles.write(root.resolve(PAGE), edited);
        TestFiles.write(root.resolve("seeds/a.txt"), SEED + "\nA new paragraph.\n");
        IngestReport r = ingest(false);
        assertEquals(List.of(), r.diagnostics().stream().filter(d -> d.pos().path().equals(PAGE)).toList());
        String merged = TestFiles.read(root.resolve(PAGE));
        assertTrue(merged.contains("title: Dam talks finally resume\n"), "the editor's title stays");
        assertTrue(merged.endsWith("Talks resumed on Monday.\n\nA new paragraph.\n"), "the reporter's new paragraph arrives");
        assertFalse(ContentHash.untouched(merged), "the page is still the editor's");
    }

    @Test
    void aFieldBothChangedKeepsTheEditAndSaysSo() {
        TestFiles.write(root.resolve("seeds/a.txt"), SEED);
        ingest(false);
        String edited = TestFiles.read(root.resolve(PAGE)).replace("summary: Talks resumed on Monday.",
                "summary: Talks resumed on Monday after a week.");
        TestFiles.write(root.resolve(PAGE), edited);
        TestFiles.write(root.resolve("seeds/a.txt"), SEED.replace("Talks resumed on Monday.", "Talks resumed on Tuesday."));
        IngestReport r = ingest(false);
        assertTrue(TestFiles.read(root.resolve(PAGE)).contains("summary: Talks resumed on Monday after a week.\n"));
        assertTrue(TestFiles.read(root.resolve(PAGE)).contains("\nTalks resumed on Tuesday.\n"), "the body takes the seed's change");
        assertEquals("content/water-dispute/dam-talks-resume.md: warning: kept the hand edits to 'summary'; seeds/a.txt"
                + " changed it too, and that change was not taken\n  hint: merge it by hand, or run 'explainer ingest --force"
                + " content/water-dispute/dam-talks-resume.md' to regenerate the page", r.diagnostics().get(1).format());
    }

    @Test
    void aPageWithoutItsHashLineIsTheEditorsAndIsNotMerged() {
        TestFiles.write(root.resolve("seeds/a.txt"), SEED);
        ingest(false);
        String mine = TestFiles.read(root.resolve(PAGE)).replaceAll("content_hash: .*\n", "");
        TestFiles.write(root.resolve(PAGE), mine);
        TestFiles.write(root.resolve("seeds/a.txt"), SEED + "\nA new paragraph.\n");
        IngestReport r = ingest(false);
        assertEquals(mine, TestFiles.read(root.resolve(PAGE)));
        assertEquals("content/water-dispute/dam-talks-resume.md: warning: kept the hand edits; seeds/a.txt changed"
                + " since this page was generated\n  hint: merge the change by hand, or run 'explainer ingest --force"
                + " content/water-dispute/dam-talks-resume.md' to regenerate the page", r.diagnostics().get(1).format());
    }

    @Test
    void forceRegeneratesHandEditedPage() {
        TestFiles.write(root.resolve("seeds/a.txt"), SEED);
        ingest(false);
        String original = TestFiles.read(root.resolve(PAGE));
        TestFiles.write(root.resolve(PAGE), original.replace("Monday", "Tuesday"));
        assertEquals(List.of(PAGE), ingest(true).written());
        assertEquals(original, TestFiles.read(root.resolve(PAGE)));
    }

    @Test
    void regeneratesUneditedPageWhenItsSeedChanges() {
        TestFiles.write(root.resolve("seeds/a.txt"), SEED);
        ingest(false);
        TestFiles.write(root.resolve("seeds/a.txt"), SEED.replace("Monday", "Tuesday"));
        assertEquals(List.of(PAGE), ingest(false).written());
        assertTrue(TestFiles.read(root.resolve(PAGE)).contains("Talks resumed on Tuesday."));
    }

    @Test
    void movesTheUneditedPageWhenTheHeadlineChanges() {
        TestFiles.write(root.resolve("seeds/a.txt"), SEED);
        ingest(false);
        TestFiles.write(root.resolve("seeds/a.txt"), SEED.replace("Dam talks resume", "Dam talks restart"));
        assertEquals(List.of("content/water-dispute/dam-talks-restart.md"), ingest(false).written());
        assertFalse(Files.exists(root.resolve(PAGE)));
    }

    @Test
    void handWrittenPagesAreNeverTouched() {
        TestFiles.write(root.resolve("content/water-dispute/dam-talks-resume.md"), "---\ntitle: Mine\n---\n\nBy hand.\n");
        TestFiles.write(root.resolve("seeds/a.txt"), SEED);
        IngestReport r = ingest(false);
        assertTrue(r.hasErrors());
        assertEquals("seeds/a.txt:1: error: slug 'dam-talks-resume' in story 'Water dispute' is already used by "
                + PAGE, r.diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow().format().lines().findFirst().orElseThrow());
        assertEquals("---\ntitle: Mine\n---\n\nBy hand.\n", TestFiles.read(root.resolve(PAGE)));
    }

    @Test
    void aChangedSlugNeverOverwritesAnotherPage() {
        TestFiles.write(root.resolve("seeds/a.txt"), SEED);
        ingest(false);
        TestFiles.write(root.resolve("content/water-dispute/about.md"), "---\ntitle: About us\n---\n");
        TestFiles.write(root.resolve("seeds/a.txt"), "Slug: about\n\n" + SEED);
        IngestReport r = ingest(false);
        assertTrue(r.hasErrors());
        assertEquals("---\ntitle: About us\n---\n", TestFiles.read(root.resolve("content/water-dispute/about.md")));
        assertTrue(Files.exists(root.resolve(PAGE)));
    }

    @Test
    void warnsAboutPagesWhoseSeedWasDeleted() {
        TestFiles.write(root.resolve("seeds/a.txt"), SEED);
        ingest(false);
        TestFiles.delete(root.resolve("seeds/a.txt"));
        IngestReport r = ingest(false);
        assertTrue(Files.exists(root.resolve(PAGE)));
        assertEquals(PAGE + ": warning: its seed no longer exists; the page is kept as written by hand",
                r.diagnostics().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void handEditShowsInTheBuiltPage() {
        TestFiles.write(root.resolve("seeds/a.txt"), SEED);
        assertEquals(0, TestFiles.run("build", "-q", "--project", root.toString()).code());
        String page = TestFiles.read(root.resolve(PAGE));
        TestFiles.write(root.resolve(PAGE), page.replace("Talks resumed on Monday.", "Talks resumed on Monday, an editor added.")
                .replace("title: Dam talks resume\n", "title: Dam talks resume\ndate: 2025-02-03\n"));
        TestFiles.Run run = TestFiles.run("build", "--project", root.toString());
        assertEquals(0, run.code(), run.err());
        String html = TestFiles.read(root.resolve("site/water-dispute/dam-talks-resume/index.html"));
        assertTrue(html.contains("Talks resumed on Monday, an editor added."), html);
        assertTrue(html.contains("<time datetime=\"2025-02-03\">3 February 2025</time>"), html);
    }
}
