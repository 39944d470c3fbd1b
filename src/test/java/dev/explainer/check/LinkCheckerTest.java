package dev.explainer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.Severity;
import dev.explainer.render.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A checker that starts from the last build's verdict judges only the pages written again, and
 * reports what a checker that judges every page reports, through edits that move links, orphan a
 * page, take away an anchor and keep a page with a broken link.
 */
class LinkCheckerTest {
    /** The site as it is, and the verdict of the last build. */
    private Map<String, String> site = new HashMap<>(Map.of(
            "index.html", "<a href=\"a/\">a</a><a href=\"b/\">b</a><a href=\"c/\">c</a>",
            "a/index.html", "<a href=\"../b/#top\">b</a>",
            "b/index.html", "<h2 id=\"top\">B</h2>",
            "c/index.html", "<a href=\"../a/\">a</a>",
            "assets/style.css", "p {}"));
    private LinkChecker.Memo memo = LinkChecker.Memo.EMPTY;

    @Test
    void anIncrementalVerdictEqualsAFullOne() {
        assertEquals(List.of(), build(Severity.ERROR, Set.copyOf(site.keySet())));

        site.put("a/index.html", "<p>no links</p>");
        assertEquals(List.of(), build(Severity.ERROR, Set.of("a/index.html")), "b is still linked from the home page");

        site.put("index.html", "<a href=\"a/\">a</a><a href=\"b/\">b</a>");
        assertEquals(List.of("page c/index.html is not linked from any other page"), messages(build(Severity.ERROR, Set.of("index.html"))), "a page no longer linked is an orphan");

        site.put("index.html", "<a href=\"a/\">a</a><a href=\"b/\">b</a><a href=\"c/\">c</a>");
        site.put("a/index.html", "<a href=\"../b/#top\">b</a>");
        assertEquals(List.of(), build(Severity.ERROR, Set.of("index.html", "a/index.html")));

        site.put("b/index.html", "<h2 id=\"other\">B</h2>");
        assertEquals(List.of("broken anchor '../b/#top': no id 'top' in b/index.html (in a/index.html)"),
                messages(build(Severity.ERROR, Set.of("b/index.html"))), "a kept page's link to an anchor taken away");

        site.put("b/index.html", "<h2 id=\"top\">B</h2>");
        site.put("c/index.html", "<a href=\"../a/\">a</a><a href=\"../gone/\">gone</a>");
        String broken = "broken link '../gone/' (in c/index.html)";
        assertEquals(List.of(broken), messages(build(Severity.WARNING, Set.of("b/index.html", "c/index.html"))));
        site.put("a/index.html", "<a href=\"../b/#top\">b</a><a href=\"../c/\">c</a>");
        assertEquals(List.of(broken), messages(build(Severity.WARNING, Set.of("a/index.html"))),
                "a kept page's broken link is reported again");
    }

    /** Checks the site with the last verdict, the pages {@code written} seen whole and the others kept, and from nothing. */
    private List<Diagnostic> build(Severity severity, Set<String> written) {
        LinkChecker incremental = new LinkChecker(severity, Map.of(), memo);
        LinkChecker full = new LinkChecker(severity, Map.of(), LinkChecker.Memo.EMPTY);
        for (var page : site.entrySet()) {
            OutputFile file = new OutputFile(page.getKey(), page.getValue().getBytes(StandardCharsets.UTF_8), "content/x.md");
            full.see(file);
            if (written.contains(page.getKey())) {
                incremental.see(file);
            } else {
                incremental.keep(page.getKey(), "content/x.md", Map.of());
            }
        }
        Diagnostics fromMemo = new Diagnostics();
        incremental.verify(fromMemo);
        Diagnostics fromNothing = new Diagnostics();
        full.verify(fromNothing);
        assertEquals(fromNothing.list(), fromMemo.list());
        memo = incremental.memo();
        return fromMemo.list();
    }

    private static List<String> messages(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::message).toList();
    }
}
