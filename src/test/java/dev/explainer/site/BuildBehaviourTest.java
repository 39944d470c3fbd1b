package dev.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildBehaviourTest {
    @TempDir
    Path tmp;

    private Path project() {
        Path p = tmp.resolve("project");
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), p);
        return p;
    }

    @Test
    void twoBuildsGiveIdenticalBytes() {
        Path p = project();
        assertEquals(0, TestFiles.run("build", "-q", "--project", p.toString(), "-o", tmp.resolve("one").toString()).code());
        assertEquals(0, TestFiles.run("build", "-q", "--project", p.toString(), "-o", tmp.resolve("two").toString()).code());
        Map<String, String> one = TestFiles.tree(tmp.resolve("one"));
        assertFalse(one.isEmpty());
        assertEquals(one, TestFiles.tree(tmp.resolve("two")));
    }

    @Test
    void templateErrorLeavesThePreviousSiteUntouched() {
        Path p = project();
        assertEquals(0, TestFiles.run("build", "-q", "--project", p.toString()).code());
        Map<String, String> before = TestFiles.tree(p.resolve("site"));
        TestFiles.write(p.resolve("templates/article.peb"), "{% extends \"base.peb\" %}\n{% block content %}\n{{ page.nope }}\n{% endblock %}\n");
        TestFiles.Run run = TestFiles.run("build", "--project", p.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("\ntemplates/article.peb:3: error: unknown variable 'nope' on ArticleView"), run.err());
        assertEquals(before, TestFiles.tree(p.resolve("site")));
        assertNoLeftovers(p);
    }

    @Test
    void contentErrorLeavesThePreviousSiteUntouched() {
        Path p = project();
        assertEquals(0, TestFiles.run("build", "-q", "--project", p.toString()).code());
        Map<String, String> before = TestFiles.tree(p.resolve("site"));
        TestFiles.write(p.resolve("content/broken.md"), "---\ntitle: [oops\n---\n");
        assertEquals(1, TestFiles.run("build", "--project", p.toString()).code());
        assertEquals(before, TestFiles.tree(p.resolve("site")));
        assertNoLeftovers(p);
    }

    @Test
    void refusesOutputFoldersThatAreNotItsOwn() {
        Path p = project();
        TestFiles.write(p.resolve("precious/notes.txt"), "mine");
        String[][] cases = {
            {p.resolve("content").toString(), "content/: error: refusing to build the site into the project's content/ folder"},
            {p.toString(), p + ": error: refusing to build the site into a folder that holds the project"},
            {p.resolve("precious").toString(), "precious/: error: refusing to replace a folder that has files and was not"
                    + " built by explainer (it has no .explainer-site)"},
        };
        for (String[] c : cases) {
            TestFiles.Run run = TestFiles.run("build", "--project", p.toString(), "-o", c[0]);
            assertEquals(1, run.code(), c[0]);
            assertTrue(run.err().startsWith(c[1] + "\n  hint: build into site/"), run.err());
        }
        assertEquals("mine", TestFiles.read(p.resolve("precious/notes.txt")));
        assertFalse(Files.exists(p.resolve("content/index.html")));
        assertFalse(Files.exists(p.resolve("content/valdoria-water-dispute")), "ingest ran before the refusal");
    }

    @Test
    void theRootOfTheFileSystemIsRefusedBeforeTheBuildCacheLooksAtIt() {
        Path p = project();
        assertEquals(0, TestFiles.run("build", "-q", "--project", p.toString()).code());
        TestFiles.Run run = TestFiles.run("build", "--project", p.toString(), "-o", "/");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("/: error: refusing to build the site into a folder that holds the project\n"), run.err());
    }

    @Test
    void siteIsReadableByTheWebServer() throws IOException {
        Path p = project();
        assertEquals(0, TestFiles.run("build", "-q", "--project", p.toString()).code());
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(p.resolve("site"))));
        Path page = p.resolve("content/valdoria-water-dispute/ostren-threatens-sanctions-over-keldas-dam.md");
        assertTrue(Files.getPosixFilePermissions(page).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
    }

    @Test
    void staleFilesDisappearOnRebuild() {
        Path p = project();
        assertEquals(0, TestFiles.run("build", "-q", "--project", p.toString()).code());
        TestFiles.write(p.resolve("site/stale.html"), "old");
        assertEquals(0, TestFiles.run("build", "-q", "--project", p.toString()).code());
        assertFalse(Files.exists(p.resolve("site/stale.html")));
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() {
        Path p = project();
        TestFiles.run("build", "-q", "--project", p.toString());
        assertFalse(Files.exists(p.resolve("site/draft/index.html")));
        TestFiles.run("build", "-q", "--drafts", "--project", p.toString());
        assertTrue(Files.exists(p.resolve("site/draft/index.html")));
    }

    @Test
    void projectTemplatesOverrideOnlyWhatTheyDefine() {
        Path p = project();
        TestFiles.write(p.resolve("templates/home.peb"), "{% extends \"base.peb\" %}{% block content %}<p>custom home</p><a href=\"{{ page.archive }}\">all</a>{% endblock %}");
        TestFiles.write(p.resolve("templates/assets/extra.css"), "p{}");
        assertEquals(0, TestFiles.run("build", "-q", "--project", p.toString()).code());
        assertTrue(TestFiles.read(p.resolve("site/index.html")).contains("<p>custom home</p>"));
        assertTrue(TestFiles.read(p.resolve("site/about/index.html")).contains("About this site"));
        assertTrue(Files.exists(p.resolve("site/assets/extra.css")));
        assertTrue(Files.exists(p.resolve("site/assets/style.css")));
    }

    @Test
    void overridingOnlyTheArticleTemplateChangesOnlyArticlePages() {
        Path p = project();
        assertEquals(0, TestFiles.run("build", "-q", "--project", p.toString(), "-o", tmp.resolve("default").toString()).code());
        String article = TestFiles.read(Path.of("templates/article.peb"));
        TestFiles.write(p.resolve("templates/article.peb"), article.replace("<h1>{{ page.title }}</h1>",
                "<h1 class=\"ours\">{{ page.title }}</h1>"));
        assertEquals(0, TestFiles.run("build", "-q", "--project", p.toString(), "-o", tmp.resolve("ours").toString()).code());
        Map<String, String> before = TestFiles.tree(tmp.resolve("default"));
        Map<String, String> after = TestFiles.tree(tmp.resolve("ours"));
        assertEquals(before.keySet(), after.keySet());
        Set<String> articles = before.entrySet().stream().filter(e -> e.getValue().contains("<body class=\"kind-article\">"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        Set<String> changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(articles.size() >= 4, articles.toString());
        assertEquals(articles, changed);
        changed.forEach(k -> assertEquals(before.get(k).replace("<h1>", "<h1 class=\"ours\">"), after.get(k), k));
    }

    @Test
    void newsTextIsEscapedInPagesAndNeverEscapesTheSite() {
        TestFiles.write(tmp.resolve("seeds/x.txt"), "Slug: ../../../etc/passwd\n\n<script>alert('headline')</script>\n\n"
                + "Extended coverage: ../../Story <b>bold</b>\n\n<img src=x onerror=alert(1)> body\n");
        TestFiles.Run run = TestFiles.run("build", "-q", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        Map<String, String> site = TestFiles.tree(tmp.resolve("site"));
        assertTrue(site.containsKey("story-b-bold-b/etc-passwd/index.html"), site.keySet().toString());
        String page = site.get("story-b-bold-b/etc-passwd/index.html");
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("<img src=x"), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;headline&#39;)&lt;/script&gt;"), page);
    }

    private static void assertNoLeftovers(Path p) {
        try (Stream<Path> files = Files.list(p)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().startsWith(".site.")).count());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
