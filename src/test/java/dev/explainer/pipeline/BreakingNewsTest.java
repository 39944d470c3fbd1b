package dev.explainer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new article redraws the pages that show what it changed (its story, the lists it joins, the pages
 * of the people it names) and no others: every page has the site's navigation, but the navigation
 * names the stories without the counts and newest articles that a new article changes.
 */
class BreakingNewsTest {
    @TempDir
    Path tmp;

    @Test
    void aNewArticleLeavesTheOtherStoriesAndPeopleAlone() {
        Path project = tmp.resolve("project");
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), project);
        BuildOptions options = new BuildOptions(project, project.resolve("site"), false, false);
        Pipeline pipeline = new Pipeline();
        BuildState state = new BuildState();
        pipeline.build(options, state);

        TestFiles.write(project.resolve("seeds/valdoria/envoy.txt"), """
                Date: 2025-03-09

                Valdoria names a new envoy for the dam talks

                Extended coverage: Valdoria water dispute

                Valdoria named the diplomat Tomas Reyne as its envoy on Sunday.
                """);
        List<String> changed = pipeline.build(options, state).changed().stream().sorted().toList();

        assertTrue(changed.contains("valdoria-water-dispute/index.html"), "the story hub lists it: " + changed);
        assertTrue(changed.contains("index.html"), "the home page lists it: " + changed);
        assertEquals(List.of(), changed.stream().filter(p -> p.startsWith("portmere-festival/")).toList(),
                "another story's pages show nothing it changed");
        assertEquals(List.of(), changed.stream().filter(p -> p.startsWith("people/") && !p.contains("tomas-reyne")
                && !p.equals("people/index.html")).toList(), "nor do the pages of people it does not name");
    }
}
