package dev.explainer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** What no page from untrusted input may hold: an element or attribute that runs script, unless it is the theme's own. */
public final class SafeHtml {
    private SafeHtml() {
    }

    public static void assertSafe(String where, String html) {
        Jsoup.parse(html).getAllElements().forEach(e -> assertSafe(where, e));
    }

    private static void assertSafe(String where, Element e) {
        String tag = e.normalName();
        assertFalse(Stream.of("iframe", "object", "embed", "base").anyMatch(tag::equals), where + ": <" + tag + ">");
        if (tag.equals("script")) {
            // the theme's: JSON-LD, and its own scripts by relative path
            assertTrue(e.attr("type").equals("application/ld+json") || e.attr("src").matches("(\\.\\./)*[\\w./-]+\\.js(\\?[\\w=]+)?"),
                    where + ": " + e);
        }
        for (Attribute a : e.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            assertFalse(name.startsWith("on"), where + ": " + name + " on <" + tag + ">");
            if (name.equals("href") || name.equals("src") || name.equals("srcset") || name.equals("action")) {
                // as a browser reads it: control characters and blanks inside a scheme are dropped
                String value = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                assertFalse(value.matches("(?s)(?!(?:https?|mailto):)[a-z][a-z0-9+.-]*:.*"), where + ": " + name + "=" + value);
            }
        }
    }
}
