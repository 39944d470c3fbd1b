package dev.explainer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline search, opened from disk (file://) in headless Chromium: no server, no network. A
 * harness page opens the search page with each query in an iframe and writes down what it shows.
 */
class SearchPageTest {
    @TempDir
    static Path tmp;
    static String seen;

    private static final String HARNESS = """
            <!DOCTYPE html><meta charset="utf-8"><pre id="result"></pre>
            <iframe id="f" width="1000" height="800"></iframe>
            <script>
            const queries = ['keldas dam', 'jose alvarez', 'brandt', 'zzzz', ''];
            const out = [];
            const f = document.getElementById('f');
            function next(i) {
              if (i >= queries.length) { document.getElementById('result').textContent = out.join('\\n'); return; }
              f.onload = () => {
                const d = f.contentDocument;
                out.push('? ' + queries[i] + ' | form hidden=' + d.getElementById('search-form').hidden
                  + ' | ' + d.getElementById('search-status').textContent);
                d.querySelectorAll('#search-results > li').forEach(li => {
                  const a = li.querySelector('a');
                  const meta = li.querySelector('.meta');
                  const snippet = li.querySelector('.snippet');
                  out.push('- ' + a.textContent + ' | ' + (meta ? meta.textContent : '') + ' | '
                    + (snippet ? snippet.textContent : '') + ' | ' + a.getAttribute('href'));
                });
                next(i + 1);
              };
              f.src = 'golden/site/search/index.html?q=' + encodeURIComponent(queries[i]);
            }
            next(0);
            </script>
            """;

    @BeforeAll
    static void search() throws Exception {
        Chromium.assumeInstalled();
        TestFiles.copyTree(TestFiles.resource("golden/newsroom/input"), tmp.resolve("golden"));
        TestFiles.files(tmp.resolve("golden"), """
                -- content/accents.md --
                ---
                title: José Álvarez visits the Keldas dam
                story: Valdoria water dispute
                summary: The engineer toured the spillway.
                date: 2025-03-11
                ---

                Text.
                """);
        TestFiles.Run run = TestFiles.run("build", "-q", "--now", "2025-05-04", "--project", tmp.resolve("golden").toString());
        assertEquals(0, run.code(), run.err());
        TestFiles.write(tmp.resolve("harness.html"), HARNESS);
        String dom = new Chromium(tmp.resolve("profile")).dumpDom(tmp.resolve("harness.html"));
        seen = Jsoup.parse(dom).getElementById("result").wholeText();
    }

    /** The lines the harness wrote for one query: its status line, then one line per result. */
    private static List<String> results(String query) {
        List<String> lines = Arrays.asList(seen.split("\n"));
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("? " + query + " |")).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + query + "' in\n" + seen)));
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith("- ")) {
            end++;
        }
        return lines.subList(start, end);
    }

    @Test
    void findsArticlesByEveryWordWithStoryDateAndSnippet() {
        List<String> r = results("keldas dam");
        assertEquals("? keldas dam | form hidden=false | 6 results for “keldas dam”", r.get(0));
        // the words in the title count most, then in the story, then in the snippet; ties go to the newest
        assertEquals(List.of("Mediators propose shared Keldas dam commission", "José Álvarez visits the Keldas dam",
                "Ostren threatens sanctions over Keldas dam", "Valdoria dam talks collapse as Ostren walks out",
                "Anika Brandt", "Valdoria water dispute"), r.stream().skip(1).map(l -> l.substring(2, l.indexOf(" | "))).toList());
        String[] jose = r.get(2).split(" \\| ");
        assertEquals("Valdoria water dispute · 11 March 2025", jose[1]);
        assertEquals("The engineer toured the spillway.", jose[2]);
        assertEquals("../valdoria-water-dispute/accents/index.html", jose[3]);
        for (String line : r.subList(1, r.size())) {
            String href = line.substring(line.lastIndexOf(" | ") + 3);
            assertTrue(Files.isRegularFile(tmp.resolve("golden/site/search").resolve(href).normalize()), href);
        }
    }

    @Test
    void foldsAccentsAndFindsPeople() {
        assertEquals(List.of("? jose alvarez | form hidden=false | 1 result for “jose alvarez”",
                "- José Álvarez visits the Keldas dam | Valdoria water dispute · 11 March 2025 | The engineer toured the"
                        + " spillway. | ../valdoria-water-dispute/accents/index.html"), results("jose alvarez"));
        assertTrue(results("brandt").stream().anyMatch(l -> l.startsWith("- Anika Brandt | Person | Foreign Minister of Valdoria.")),
                seen);
    }

    @Test
    void saysSoWhenNothingMatchesAndIsQuietWithoutAQuery() {
        assertEquals(List.of("? zzzz | form hidden=false | No results for “zzzz”"), results("zzzz"));
        assertEquals(List.of("?  | form hidden=false | "), results(""));
    }
}
