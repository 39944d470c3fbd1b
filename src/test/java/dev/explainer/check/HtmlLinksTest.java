package dev.explainer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlLinksTest {
    @Test
    void readsHrefSrcAndIdsInAnyQuoting() {
        HtmlLinks.Found f = HtmlLinks.scan("<a href=\"a/index.html\">x</a><img src='b.png'><link rel=stylesheet href=c.css>"
                + "<h2 id=\"top\">t</h2><use href=\"#icon\"/>");
        assertEquals(List.of("a/index.html", "b.png", "c.css", "#icon"), List.copyOf(f.links()));
        assertEquals(List.of("top"), List.copyOf(f.ids()));
    }

    @Test
    void escapedTextAndCommentsAreNotLinks() {
        HtmlLinks.Found f = HtmlLinks.scan("<p>&lt;img src=x onerror=alert(1)&gt; and href=\"y\"</p><!-- <a href=\"z\"> -->");
        assertEquals(List.of(), List.copyOf(f.links()));
    }

    @Test
    void attributeValuesAreNotReadForAttributes() {
        HtmlLinks.Found f = HtmlLinks.scan("<meta name=\"description\" content=\"&lt;img src=x&gt; href=y\"><a title='id=z' href=ok>");
        assertEquals(List.of("ok"), List.copyOf(f.links()));
        assertEquals(List.of(), List.copyOf(f.ids()));
    }

    @Test
    void aBaseElementIsNoLink() {
        HtmlLinks.Found f = HtmlLinks.scan("<head><BASE href=\"/sub/\"><basefont href=\"y\"></head><a href=\"x\">");
        assertEquals(List.of("y", "x"), List.copyOf(f.links()));
    }

    @Test
    void decodesEntitiesInValues() {
        assertEquals(List.of("a?b=1&c=2"), List.copyOf(HtmlLinks.scan("<a href=\"a?b=1&amp;c=2\">").links()));
    }

    @Test
    void resolvesRelativePaths() {
        assertEquals("people/x/index.html", Paths.resolve("a/b/index.html", "../../people/x/index.html"));
        assertEquals("a/c/index.html", Paths.resolve("a/b/index.html", "../c/index.html"));
        assertEquals("a/b/x.png", Paths.resolve("a/b/index.html", "./x.png"));
        assertEquals("a/", Paths.resolve("a/b/index.html", "../"));
        assertEquals(null, Paths.resolve("a/index.html", "../../x"));
    }
}
