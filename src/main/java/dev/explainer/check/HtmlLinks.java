package dev.explainer.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The link targets and ids of a built page, read by scanning its tags rather than by a full HTML
 * parse: the checker sees every page of the site, and this keeps it a small part of a build.
 * Every href and src in a tag counts (a, link, img, script, svg use, ...); values may be double-,
 * single- or unquoted, and entities in them are decoded. Text (escaped) is never read as a tag.
 * A {@code <base href>} is not a link.
 *
 * <p>A tag is {@code <} and a letter up to the next {@code >}; in it, after the tag's name, each
 * attribute is a name ({@code [^\s=/>"']+}) with an optional value ({@code \s*=\s*} then a double-
 * or single-quoted string, or a run of {@code [^\s"'>]}), so a value is consumed whole and never
 * read for attributes itself. The scan is written out by hand: as regular expressions it was a
 * sixth of a cold build.
 */
public final class HtmlLinks {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private HtmlLinks() {
    }

    /** The distinct link targets of a page, in document order, and its ids. */
    public record Found(List<String> links, Set<String> ids) {
    }

    static Found scan(String html) {
        return scan(html, UnaryOperator.identity());
    }

    /**
     * @param shared gives the one copy of a value that the site shares: pages at the same depth link
     *               to the same places with the same text, thousands of times over in a large site
     */
    static Found scan(String html, UnaryOperator<String> shared) {
        Set<String> links = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        String text = html.contains("<!--") ? COMMENT.matcher(html).replaceAll("") : html;
        int n = text.length();
        int at = text.indexOf('<');
        while (at >= 0 && at + 1 < n) {
            if (!letter(text.charAt(at + 1))) {
                at = text.indexOf('<', at + 1);
                continue;
            }
            int end = text.indexOf('>', at + 1);
            if (end < 0) {
                break;
            }
            int nameEnd = at + 1;
            while (nameEnd < end && !Character.isWhitespace(text.charAt(nameEnd))) {
                nameEnd++;
            }
            // <base href> (404.html) says where links start from; it is no link itself
            if (!(nameEnd - at == 5 && text.regionMatches(true, at + 1, "base", 0, 4))) {
                attributes(text, nameEnd, end, links, ids, shared);
            }
            at = text.indexOf('<', end + 1);
        }
        // compact forms: the build cache keeps what every page of the site links to
        return new Found(List.copyOf(links), Set.copyOf(ids));
    }

    /** The attributes between {@code from} and the tag's closing {@code >} at {@code end}. */
    private static void attributes(String text, int from, int end, Set<String> links, Set<String> ids,
                                   UnaryOperator<String> shared) {
        int i = from;
        while (i < end) {
            if (!nameChar(text.charAt(i))) {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < end && nameChar(text.charAt(i))) {
                i++;
            }
            int nameEnd = i;
            // an optional value; when it does not complete, the attribute has none and the scan goes on after its name
            int j = spaces(text, i, end);
            if (j >= end || text.charAt(j) != '=') {
                continue;
            }
            j = spaces(text, j + 1, end);
            if (j >= end) {
                continue;
            }
            char c = text.charAt(j);
            int valueStart;
            int valueEnd;
            if (c == '"' || c == '\'') {
                valueStart = j + 1;
                valueEnd = text.indexOf(c, valueStart);
                if (valueEnd < 0 || valueEnd >= end) {
                    continue;
                }
                i = valueEnd + 1;
            } else {
                valueStart = j;
                valueEnd = j;
                while (valueEnd < end && unquotedChar(text.charAt(valueEnd))) {
                    valueEnd++;
                }
                if (valueEnd == valueStart) {
                    continue;
                }
                i = valueEnd;
            }
            Set<String> into = named(text, nameStart, nameEnd, "href") || named(text, nameStart, nameEnd, "src") ? links
                    : named(text, nameStart, nameEnd, "id") ? ids : null;
            if (into != null) {
                String raw = text.substring(valueStart, valueEnd);
                into.add(shared.apply(raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, true) : raw));
            }
        }
    }

    /** Whether an attribute is {@code name} (lower case), in ASCII letters of either case as HTML has it. */
    private static boolean named(String text, int start, int end, String name) {
        if (end - start != name.length()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = text.charAt(start + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int spaces(String text, int i, int end) {
        while (i < end && space(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** {@code \s} as Java's regular expressions have it. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean nameChar(char c) {
        return !(space(c) || c == '=' || c == '/' || c == '>' || c == '"' || c == '\'');
    }

    private static boolean unquotedChar(char c) {
        return !(space(c) || c == '"' || c == '\'' || c == '>');
    }
}
