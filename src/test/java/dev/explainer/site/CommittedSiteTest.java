package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.explainer.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's committed content/ and site/ are what the README's build command makes from
 * seeds/, so running it on a fresh clone changes nothing. After changing templates or the
 * generator, run {@code ./explainer build} and commit the result.
 */
class CommittedSiteTest {
    @TempDir
    Path tmp;

    @Test
    void buildingTheProjectReproducesTheCommittedContentAndSite() {
        for (String dir : new String[] {"seeds", "content", "templates"}) {
            if (Files.isDirectory(Path.of(dir))) {
                TestFiles.copyTree(Path.of(dir), tmp.resolve(dir));
            }
        }
        TestFiles.Run run = TestFiles.run("build", "-q", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(TestFiles.tree(Path.of("content")), TestFiles.tree(tmp.resolve("content")), "content/ is stale: run ./explainer build");
        assertEquals(TestFiles.tree(Path.of("site")), TestFiles.tree(tmp.resolve("site")), "site/ is stale: run ./explainer build");
    }

    /**
     * A build trusts a generated page made from the same seed with the same extraction_key, so a
     * change to extraction or page formatting reaches committed pages only when it bumps
     * {@code Ingester.REVISION}. Extracting every seed again must change nothing.
     */
    @Test
    void extractingEverySeedAgainReproducesTheCommittedContent() {
        TestFiles.copyTree(Path.of("seeds"), tmp.resolve("seeds"));
        TestFiles.copyTree(Path.of("content"), tmp.resolve("content"));
        TestFiles.Run run = TestFiles.run("ingest", "-q", "--force", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(TestFiles.tree(Path.of("content")), TestFiles.tree(tmp.resolve("content")),
                "extraction changed what a seed becomes: bump Ingester.REVISION, then run ./explainer build");
    }
}
