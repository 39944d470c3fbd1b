package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How page-level entities become site-wide entity pages. */
class EntityMergingTest {
    @TempDir
    Path tmp;

    private static String page(String title, String people) {
        return "---\ntitle: " + title + "\nstory: Talks\npeople:\n" + people + "---\n\nText.\n";
    }

    private Set<String> people() {
        TestFiles.Run run = TestFiles.run("build", "-q", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        Set<String> ids = new TreeSet<>();
        TestFiles.tree(tmp.resolve("site/people")).keySet().stream().filter(p -> p.contains("/"))
                .forEach(p -> ids.add(p.substring(0, p.indexOf('/'))));
        return ids;
    }

    @Test
    void surnameOnlyMentionJoinsTheOnePersonWithThatSurname() {
        TestFiles.write(tmp.resolve("content/a.md"), page("A", "  - id: ali-hassan\n    name: Ali Hassan\n"));
        TestFiles.write(tmp.resolve("content/b.md"), page("B", "  - id: hassan\n    name: Hassan\n"));
        assertEquals(Set.of("ali-hassan"), people());
        assertTrue(TestFiles.read(tmp.resolve("site/people/ali-hassan/index.html")).contains(">B</a>"));
    }

    @Test
    void twoPeopleWithTheSameSurnameDoNotMerge() {
        TestFiles.write(tmp.resolve("content/a.md"), page("A", "  - id: ali-hassan\n    name: Ali Hassan\n"));
        TestFiles.write(tmp.resolve("content/b.md"), page("B", "  - id: sara-hassan\n    name: Sara Hassan\n"));
        TestFiles.write(tmp.resolve("content/c.md"), page("C", "  - id: hassan\n    name: Hassan\n"));
        assertEquals(Set.of("ali-hassan", "hassan", "sara-hassan"), people());
    }

    @Test
    void aPersonAndAPlaceWithTheSameNameStayApart() {
        TestFiles.write(tmp.resolve("content/a.md"), page("A", "  - id: michael-jordan\n    name: Michael Jordan\n"
                + "  - id: jordan\n    name: Jordan\n"));
        TestFiles.write(tmp.resolve("content/b.md"), "---\ntitle: B\nstory: Talks\nplaces:\n  - id: jordan\n    name: Jordan\n"
                + "people:\n  - id: jordan\n    name: Jordan\n---\n\nJordan.\n");
        assertEquals(Set.of("michael-jordan"), people());
        assertTrue(Files.exists(tmp.resolve("site/places/jordan/index.html")));
        String b = TestFiles.read(tmp.resolve("site/talks/b/index.html"));
        assertTrue(b.contains("href=\"../../places/jordan/index.html\""), b);
    }

    @Test
    void entitySlugsStayWhenArticlesAreAdded() {
        TestFiles.write(tmp.resolve("content/a.md"), page("A", "  - id: nuri-al-maliki\n    name: Nuri al-Maliki\n"));
        Set<String> before = people();
        TestFiles.write(tmp.resolve("content/b.md"), page("B", "  - id: maliki\n    name: Maliki\n"
                + "  - id: anika-brandt\n    name: Anika Brandt\n"));
        Set<String> after = people();
        assertTrue(after.containsAll(before), after.toString());
        assertEquals(Set.of("anika-brandt", "nuri-al-maliki"), after);
    }

    @Test
    void entitiesFileMergesAliasesAndRenames() {
        TestFiles.write(tmp.resolve("content/a.md"), page("A", "  - id: hasan-rowhani\n    name: Hasan Rowhani\n"));
        TestFiles.write(tmp.resolve("content/b.md"), page("B", "  - id: hassan-rouhani\n    name: Hassan Rouhani\n"));
        TestFiles.write(tmp.resolve("content/entities.yaml"), "hassan-rouhani:\n  name: Hassan Rouhani\n  aliases: [Hasan Rowhani]\n");
        assertEquals(Set.of("hassan-rouhani"), people());
        String html = TestFiles.read(tmp.resolve("site/people/hassan-rouhani/index.html"));
        assertTrue(html.contains(">A</a>") && html.contains(">B</a>"), html);
        assertTrue(Files.exists(tmp.resolve("site/people/index.html")));
    }

    @Test
    void aQuoteGoesToTheOrganisationTheNoteNamesWithoutAKind() {
        TestFiles.write(tmp.resolve("content/entities.yaml"), "un:\n  name: United Nations\n");
        TestFiles.write(tmp.resolve("content/a.md"), "---\ntitle: A\nstory: Talks\norganisations:\n  - id: un\n    name: UN\n"
                + "quotes:\n  - speaker: un\n    text: We condemn this.\n---\n\nText.\n");
        assertEquals(Set.of(), people());
        assertTrue(TestFiles.read(tmp.resolve("site/organisations/un/index.html")).contains("We condemn this."));
    }
}
