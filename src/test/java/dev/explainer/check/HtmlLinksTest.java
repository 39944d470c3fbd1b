package dev.explainer.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlLinksTest {
    private static HtmlLinks.Found scan(String html) {
        return HtmlLinks.scan(html.getBytes(UTF_8), UnaryOperator.identity());
    }

    @Test
    void readsHrefSrcAndIdsInAnyQuoting() {
        HtmlLinks.Found f = scan("<a href=\"a/index.html\">x</a><img src='b.png'><link rel=stylesheet href=c.css>"
                + "<h2 id=\"top\">t</h2><use href=\"#icon\"/>");
        assertEquals(List.of("a/index.html", "b.png", "c.css", "#icon"), List.copyOf(f.links()));
        assertEquals(List.of("top"), List.copyOf(f.ids()));
    }

    @Test
    void escapedTextAndCommentsAreNotLinks() {
        HtmlLinks.Found f = scan("<p>&lt;img src=x onerror=alert(1)&gt; and href=\"y\"</p><!-- <a href=\"z\"> -->");
        assertEquals(List.of(), List.copyOf(f.links()));
    }

    @Test
    void attributeValuesAreNotReadForAttributes() {
        HtmlLinks.Found f = scan("<meta name=\"description\" content=\"&lt;img src=x&gt; href=y\"><a title='id=z' href=ok>");
        assertEquals(List.of("ok"), List.copyOf(f.links()));
        assertEquals(List.of(), List.copyOf(f.ids()));
    }

    @Test
    void aBaseElementIsNoLink() {
        HtmlLinks.Found f = scan("<head><BASE href=\"/sub/\"><basefont href=\"y\"></head><a href=\"x\">");
        assertEquals(List.of("y", "x"), List.copyOf(f.links()));
    }

    @Test
    void decodesEntitiesInValues() {
        assertEquals(List.of("a?b=1&c=2"), List.copyOf(scan("<a href=\"a?b=1&amp;c=2\">").links()));
    }

    @Test
    void resolvesRelativePaths() {
        assertEquals("people/x/index.html", Paths.resolve("a/b/index.html", "../../people/x/index.html"));
        assertEquals("a/c/index.html", Paths.resolve("a/b/index.html", "../c/index.html"));
        assertEquals("a/b/x.png", Paths.resolve("a/b/index.html", "./x.png"));
        assertEquals("a/", Paths.resolve("a/b/index.html", "../"));
        assertEquals(null, Paths.resolve("a/index.html", "../../x"));
    }

    @Test
    void sharesOneCopyOfEachValue() {
        java.util.Map<String, String> pool = new java.util.HashMap<>();
        UnaryOperator<String> shared = v -> pool.computeIfAbsent(v, k -> k);
        HtmlLinks.Found one = HtmlLinks.scan("<a href=\"../x/\">".getBytes(UTF_8), shared);
        HtmlLinks.Found two = HtmlLinks.scan("<p><a class=k href=\"../x/\">".getBytes(UTF_8), shared);
        assertSame(one.links().get(0), two.links().get(0));
    }

    /** The hand-written scan finds what the regular expressions it replaced found, on random tag soup. */
    @Test
    void findsWhatTheRegularExpressionsFound() {
        String[] parts = {"<", ">", "a", "A", "b", "base", "BASE", "href", "HREF", "hRef", "src", "id", "ID", "=", " = ",
            "\"", "'", " ", "\t", "\n", "/", "/>", "&amp;", "&lt;", "&", "<!--", "-->", "x", "#top", "../", "\u00a0",
            "\u2028", "\u001c", "\u000b", "\f", "-", "!", "<a href=\"", "<img src=", "<h2 id='", "é", "data-href",
            "\u3000", "日本", "<日"};
        Random random = new Random(7);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder html = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int i = 0; i < length; i++) {
                html.append(parts[random.nextInt(parts.length)]);
            }
            HtmlLinks.Found expected = regexScan(html.toString());
            HtmlLinks.Found actual = scan(html.toString());
            assertEquals(expected, actual, () -> "for " + html);
        }
    }

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern ATTR = Pattern.compile(
            "([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

    /** The scan as it was, with regular expressions. */
    private static HtmlLinks.Found regexScan(String html) {
        Set<String> links = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        String text = html.contains("<!--") ? COMMENT.matcher(html).replaceAll("") : html;
        Matcher tag = TAG.matcher(text);
        Matcher m = ATTR.matcher(text);
        while (tag.find()) {
            int nameEnd = tag.start() + 1;
            while (nameEnd < tag.end() && !Character.isWhitespace(text.charAt(nameEnd)) && text.charAt(nameEnd) != '>') {
                nameEnd++;
            }
            if (nameEnd - tag.start() == 5 && text.regionMatches(true, tag.start() + 1, "base", 0, 4)) {
                continue;
            }
            m.region(nameEnd, tag.end());
            while (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                String raw = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                if (raw == null || !(name.equals("href") || name.equals("src") || name.equals("id"))) {
                    continue;
                }
                String value = raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, true) : raw;
                (name.equals("id") ? ids : links).add(value);
            }
        }
        return new HtmlLinks.Found(List.copyOf(links), Set.copyOf(ids));
    }
}
