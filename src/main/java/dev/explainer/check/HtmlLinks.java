package dev.explainer.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The link targets and ids of a built page, read by scanning its tags rather than by a full HTML
 * parse: the checker sees every page of the site, and this keeps it a small part of a build.
 * Every href and src in a tag counts (a, link, img, script, svg use, ...); values may be double-,
 * single- or unquoted, and entities in them are decoded. Text (escaped) is never read as a tag.
 * A {@code <base href>} is not a link.
 */
public final class HtmlLinks {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    /** Any attribute, so that each value is consumed whole and never read for attributes itself. */
    private static final Pattern ATTR = Pattern.compile(
            "([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

    private HtmlLinks() {
    }

    /** The distinct link targets of a page, in document order, and its ids. */
    public record Found(List<String> links, Set<String> ids) {
    }

    static Found scan(String html) {
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
            // <base href> (404.html) says where links start from; it is no link itself
            if (nameEnd - tag.start() == 5 && text.regionMatches(true, tag.start() + 1, "base", 0, 4)) {
                continue;
            }
            m.region(nameEnd, tag.end());
            while (m.find()) {
                add(m, links, ids);
            }
        }
        // compact forms: the build cache keeps what every page of the site links to
        return new Found(List.copyOf(links), Set.copyOf(ids));
    }

    private static void add(Matcher m, Set<String> links, Set<String> ids) {
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String raw = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        if (raw == null || !(name.equals("href") || name.equals("src") || name.equals("id"))) {
            return;
        }
        String value = raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, true) : raw;
        (name.equals("id") ? ids : links).add(value);
    }
}
