package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.explainer.TestFiles;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor's correction in one article's front matter wins for that article: its sidebar shows
 * it, and the story's hub shows what the story's newest article says; content/entities.yaml wins
 * over every page.
 */
class CorrectionsTest {
    @TempDir
    Path tmp;

    private static final String SEEDS = """
            -- seeds/a.txt --
            Date: 2025-01-06

            Harbour plan approved

            Extended coverage: Harbour plan

            Mayor Ana Ruiz said the harbour plan was approved.
            -- seeds/b.txt --
            Date: 2025-01-09

            Harbour works begin

            Extended coverage: Harbour plan

            Mayor Ana Ruiz said works would begin in spring.
            """;

    @Test
    void aCorrectedRoleShowsOnItsArticleAndTheNewestArticleGivesTheHubsCard() {
        TestFiles.files(tmp, SEEDS);
        build();
        Path older = tmp.resolve("content/harbour-plan/harbour-plan-approved.md");
        TestFiles.write(older, TestFiles.read(older).replace("    role: Mayor\n", "    role: Mayor of Portmere\n"));
        build();
        assertEquals("Mayor of Portmere", role("harbour-plan/harbour-plan-approved/index.html"));
        assertEquals("Mayor", role("harbour-plan/harbour-works-begin/index.html"));
        assertEquals("Mayor", hubRole());
        Path newer = tmp.resolve("content/harbour-plan/harbour-works-begin.md");
        TestFiles.write(newer, TestFiles.read(newer).replace("    role: Mayor\n", "    role: Mayor of Portmere\n"));
        build();
        assertEquals("Mayor of Portmere", hubRole(), "the story's newest article titles its card");
    }

    @Test
    void entitiesYamlWinsOverEveryPage() {
        TestFiles.files(tmp, SEEDS + """
                -- content/entities.yaml --
                ana-ruiz:
                  role: Mayor of Portmere since 2021
                """);
        build();
        assertEquals("Mayor of Portmere since 2021", role("harbour-plan/harbour-plan-approved/index.html"));
        assertEquals("Mayor of Portmere since 2021", hubRole());
    }

    private void build() {
        TestFiles.Run run = TestFiles.run("build", "-q", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
    }

    private String role(String article) {
        return page(article).selectFirst(".in-this-article .role").text();
    }

    private String hubRole() {
        return page("harbour-plan/index.html").selectFirst("a[href$=people/ana-ruiz/] ~ .role, .role").text();
    }

    private Document page(String path) {
        return Jsoup.parse(TestFiles.read(tmp.resolve("site").resolve(path)));
    }
}
