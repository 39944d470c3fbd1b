package dev.explainer.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
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
 * read for attributes itself. The scan is written out by hand, over the page's UTF-8 bytes: as
 * regular expressions over its text it was a sixth of a cold build.
 */
public final class HtmlLinks {
    private static final byte[] COMMENT_START = "<!--".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT_END = "-->".getBytes(StandardCharsets.US_ASCII);

    private HtmlLinks() {
    }

    /** The distinct link targets of a page, in document order, and its ids. */
    public record Found(List<String> links, Set<String> ids) {
    }

    /**
     * @param html   the page as UTF-8: every character the scan looks for is ASCII, so it reads the bytes
     *               and decodes only the values it keeps
     * @param shared gives the one copy of a value that the site shares: pages at the same depth link
     *               to the same places with the same text, thousands of times over in a large site
     */
    static Found scan(byte[] html, UnaryOperator<String> shared) {
        Set<String> links = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        byte[] text = indexOf(html, COMMENT_START, 0) >= 0 ? withoutComments(html) : html;
        int n = text.length;
        int at = indexOf(text, '<', 0);
        while (at >= 0 && at + 1 < n) {
            if (!letter(text[at + 1])) {
                at = indexOf(text, '<', at + 1);
                continue;
            }
            int end = indexOf(text, '>', at + 1);
            if (end < 0) {
                break;
            }
            int nameEnd = at + 1;
            while (nameEnd < end && !whitespaceAt(text, nameEnd, end)) {
                nameEnd += text[nameEnd] >= 0 ? 1 : utf8Length(text[nameEnd]);
            }
            nameEnd = Math.min(nameEnd, end);
            // <base href> (404.html) says where links start from; it is no link itself
            if (!(nameEnd - at == 5 && named(text, at + 1, nameEnd, "base"))) {
                attributes(text, nameEnd, end, links, ids, shared);
            }
            at = indexOf(text, '<', end + 1);
        }
        // compact forms: the build cache keeps what every page of the site links to
        return new Found(List.copyOf(links), Set.copyOf(ids));
    }

    /** The attributes between {@code from} and the tag's closing {@code >} at {@code end}. */
    private static void attributes(byte[] text, int from, int end, Set<String> links, Set<String> ids,
                                   UnaryOperator<String> shared) {
        int i = from;
        while (i < end) {
            if (!nameChar(text[i])) {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < end && nameChar(text[i])) {
                i++;
            }
            int nameEnd = i;
            // an optional value; when it does not complete, the attribute has none and the scan goes on after its name
            int j = spaces(text, i, end);
            if (j >= end || text[j] != '=') {
                continue;
            }
            j = spaces(text, j + 1, end);
            if (j >= end) {
                continue;
            }
            byte c = text[j];
            int valueStart;
            int valueEnd;
            if (c == '"' || c == '\'') {
                valueStart = j + 1;
                valueEnd = indexOf(text, c, valueStart);
                if (valueEnd < 0 || valueEnd >= end) {
                    continue;
                }
                i = valueEnd + 1;
            } else {
                valueStart = j;
                valueEnd = j;
                while (valueEnd < end && unquotedChar(text[valueEnd])) {
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
                String raw = new String(text, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
                into.add(shared.apply(raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, true) : raw));
            }
        }
    }

    /** Whether the character at {@code i} is white space as {@link Character#isWhitespace} has it. */
    private static boolean whitespaceAt(byte[] text, int i, int end) {
        byte b = text[i];
        if (b >= 0) {
            return Character.isWhitespace(b);
        }
        int length = utf8Length(b);
        if (i + length > end) {
            return false;
        }
        return Character.isWhitespace(new String(text, i, length, StandardCharsets.UTF_8).codePointAt(0));
    }

    /** The length of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte). */
    private static int utf8Length(byte lead) {
        int b = lead & 0xFF;
        return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    }

    private static int indexOf(byte[] text, int c, int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] text, byte[] what, int from) {
        outer:
        for (int i = from; i + what.length <= text.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (text[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The page without its comments: each from "<!--" to the first "-->" after it. */
    private static byte[] withoutComments(byte[] html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(html.length);
        int from = 0;
        for (int start = indexOf(html, COMMENT_START, 0); start >= 0; start = indexOf(html, COMMENT_START, from)) {
            int end = indexOf(html, COMMENT_END, start + COMMENT_START.length);
            if (end < 0) {
                break;
            }
            out.write(html, from, start - from);
            from = end + COMMENT_END.length;
        }
        out.write(html, from, html.length - from);
        return out.toByteArray();
    }

    /** Whether an attribute is {@code name} (lower case), in ASCII letters of either case as HTML has it. */
    private static boolean named(byte[] text, int start, int end, String name) {
        if (end - start != name.length()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            int c = text[start + k];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int spaces(byte[] text, int i, int end) {
        while (i < end && space(text[i])) {
            i++;
        }
        return i;
    }

    private static boolean letter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** {@code \s} as Java's regular expressions have it. */
    private static boolean space(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean nameChar(byte c) {
        return !(space(c) || c == '=' || c == '/' || c == '>' || c == '"' || c == '\'');
    }

    private static boolean unquotedChar(byte c) {
        return !(space(c) || c == '"' || c == '\'' || c == '>');
    }
}
