package dev.explainer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.frontmatter.FrontMatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    /** The file line of the {@code index}-th '- ' entry of a top-level list, or the key's line. */
    private static int itemLine(FrontMatter fm, String key, int index) {
        int[] items = fm.itemLines(key);
        return index < items.length ? items[index] : fm.line(key);
    }

    private static FrontMatter parse(String text) {
        return FrontMatter.parse("content/a.md", text).frontMatter().orElseThrow();
    }

    @Test
    void scalarsStayAsWritten() {
        FrontMatter fm = parse("---\nstory: 1.50\nauthor: 1e3\ndraft: true\ndate: 2014-06-14\nempty:\n---\nBody\n");
        assertEquals("1.50", fm.fields().get("story"));
        assertEquals("1e3", fm.fields().get("author"));
        assertEquals("true", fm.fields().get("draft"));
        assertEquals("2014-06-14", fm.fields().get("date"));
        assertTrue(fm.fields().containsKey("empty") && fm.fields().get("empty") == null);
    }

    @Test
    void knowsTheLinesOfKeysAndListItems() {
        FrontMatter fm = parse("---\ntitle: T\nquotes:\n  - text: a\n    speaker: x\n  - text: b\n---\n\nBody\n");
        assertEquals(2, fm.line("title"));
        assertEquals(4, itemLine(fm, "quotes", 0));
        assertEquals(6, itemLine(fm, "quotes", 1));
        assertEquals(8, fm.bodyLine());
        assertEquals(List.of(Map.of("text", "a", "speaker", "x"), Map.of("text", "b")), fm.fields().get("quotes"));
    }

    @Test
    void reportsYamlErrorsAtTheirLine() {
        var parsed = FrontMatter.parse("content/a.md", "---\ntitle: ok\nsummary: [open\nauthor: x\n---\n");
        assertEquals("content/a.md:4: error: invalid YAML in front matter: expected ',' or ']', but got :",
                parsed.error().orElseThrow().format());
    }
}
