package dev.explainer.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A link or image from input reaches the page only with an allowed scheme, however it is spelled. */
class SafeLinksTest {
    private final Markdown markdown = new Markdown();

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](  javascript:alert(1)  )",
            "[x](&#106;avascript:alert(1))", "[x](&#x6A;avascript:alert(1))", "[x](javascript&#58;alert(1))",
            "[x](javascript&colon;alert(1))", "[x](javascript\\:alert(1))", "[x](<javascript:alert(1)>)",
            "[x](vbscript:msgbox)", "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](file:///etc/passwd)",
            "![x](javascript:alert(1))", "![x](data:image/svg+xml,<svg/onload=alert(1)>)",
            "<javascript:alert(1)>", "<JAVASCRIPT:alert(1)>", "[x][r]\n\n[r]: javascript:alert(1)",
            "![x][r]\n\n[r]: javascript:alert(1)", "[x](java%0ascript:alert(1))", "[x](\u0001javascript:alert(1))",
            "[x](https&#58;//example.org)"})
    void neverPublishesAScriptOrDataUrl(String body) {
        Document html = Jsoup.parseBodyFragment(markdown.render(body));
        for (Element e : html.select("[href], [src]")) {
            String url = (e.hasAttr("href") ? e.attr("href") : e.attr("src")).replaceAll("[\\x00-\\x20]", "")
                    .toLowerCase(Locale.ROOT);
            int colon = url.indexOf(':');
            boolean relative = colon < 0 || url.substring(0, colon).matches(".*[/?#].*");
            assertTrue(relative || url.startsWith("http:") || url.startsWith("https:") || url.startsWith("mailto:"),
                    body + " gave " + e.outerHtml());
        }
    }

    @Test
    void anUnsafeLinkIsShownAsItsText() {
        assertEquals("<p>See the map.</p>\n", markdown.render("See [the map](javascript:alert(1))."));
    }

    @Test
    void allowedLinksAreKept() {
        Document html = Jsoup.parseBodyFragment(markdown.render(
                "[a](https://example.org/a:b) [b](HTTP://example.org) [c](mailto:desk@example.org) [d](../x/index.html)"
                + " [e](#top) [f](?a=1&b=2) [g](x/y:z.html) <https://example.org>"));
        List<String> hrefs = html.select("a").eachAttr("href");
        assertEquals(List.of("https://example.org/a:b", "HTTP://example.org", "mailto:desk@example.org", "../x/index.html",
                "#top", "?a=1&b=2", "x/y:z.html", "https://example.org"), hrefs);
    }

    @Test
    void unsafeIsDecidedOnTheTargetAsWritten() {
        assertTrue(SafeLinks.isUnsafe("&#106;avascript:alert(1)"));
        assertTrue(SafeLinks.isUnsafe("javascript\\:alert(1)"));
        assertFalse(SafeLinks.isUnsafe("page.html?a=1&b=2"));
        assertFalse(SafeLinks.isUnsafe("#a:b"));
    }
}
