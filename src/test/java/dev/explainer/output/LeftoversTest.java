package dev.explainer.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.explainer.TestFiles;
import dev.explainer.render.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any moment leaves folders beside the site; the next build puts them right before
 * it stages its own: the site is then wholly the old one or wholly the new, and no folder stays.
 */
class LeftoversTest {
    private static final String DEAD = "0b5e6c8e-3f55-4c2b-9d7e-2a1c5b8e9f01";

    @TempDir
    Path tmp;

    private Path site() {
        return tmp.resolve("project/site");
    }

    private Map<String, String> oldSite() {
        return Map.of(".explainer-site", "", "index.html", "old home", "a/index.html", "old a", "gone/index.html", "gone");
    }

    @Test
    void anUpdateKilledBeforeItsSwapLeavesTheOldSite() {
        oldSite().forEach((f, t) -> TestFiles.write(site().resolve(f), t));
        TestFiles.write(Leftovers.staging(site(), DEAD).resolve("a/index.html"), "new a");
        TestFiles.write(Leftovers.staging(site(), DEAD).resolve("index.html"), "old home");
        nextBuildStages();
        assertEquals(oldSite(), TestFiles.tree(site()));
    }

    @Test
    void aSwapCutBetweenItsTwoRenamesGetsTheOldSiteBack() {
        // the old site moved aside, the new one not yet moved in
        oldSite().forEach((f, t) -> TestFiles.write(Leftovers.old(site(), DEAD).resolve(f), t));
        TestFiles.write(Leftovers.staging(site(), DEAD).resolve("index.html"), "new home");
        nextBuildStages();
        assertEquals(oldSite(), TestFiles.tree(site()));
    }

    @Test
    void aSwapKilledWhileDeletingTheOldSiteKeepsTheNew() {
        TestFiles.write(site().resolve("index.html"), "new home");
        TestFiles.write(Leftovers.old(site(), DEAD).resolve("a/index.html"), "old a");
        TestFiles.write(BuildLock.file(site(), DEAD), "");
        nextBuildStages();
        assertEquals(Map.of("index.html", "new home"), TestFiles.tree(site()));
    }

    @Test
    void aLiveBuildsFoldersAreLeftAlone() throws IOException {
        TestFiles.write(site().resolve("index.html"), "home");
        SiteWriter live = SiteWriter.open(site(), tmp.resolve("project"));
        live.write(new OutputFile("index.html", "live".getBytes(StandardCharsets.UTF_8), "templates/home.peb"));
        SiteWriter other = SiteWriter.open(tmp.resolve("project/site"), tmp.resolve("project"));
        other.abort();
        live.commit();
        assertEquals(Map.of(".explainer-site", "Built by explainer: each build replaces this folder whole.\n", "index.html", "live"),
                TestFiles.tree(site()));
        assertEquals(Set.of("site"), beside());
    }

    private void nextBuildStages() {
        SiteWriter.open(site(), tmp.resolve("project")).abort();
        assertEquals(Set.of("site"), beside(), "nothing but the site beside it");
    }

    private Set<String> beside() {
        try (Stream<Path> files = Files.list(site().getParent())) {
            return Set.copyOf(files.map(p -> p.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
