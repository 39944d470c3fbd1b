package dev.explainer.frontmatter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the YAML that {@link FrontMatterWriter} lays out, and nothing else: block mappings and lists
 * indented by two spaces, each scalar on one line, plain or single-quoted. Every page ingest writes
 * has this shape, and snakeyaml-engine took half a millisecond to read one, most of a cold build's
 * loading. Anything outside the shape (comments, blank lines, double quotes, flow collections,
 * anchors, tags, a scalar over several lines, a duplicate key, a character the writer would not
 * leave plain) gives null, and snakeyaml-engine reads the text instead, so the result is always
 * what it would have read ({@code SimpleYamlTest} compares the two).
 */
final class SimpleYaml {
    private static final int MAX_INDENT = 16;
    private final String[] lines;
    /** The line to read next. */
    private int next;

    private SimpleYaml(String yaml) {
        this.lines = yaml.split("\n", -1);
    }

    /** The mapping, in file order, or null when the text is not of the shape read here. */
    static Map<String, Object> read(String yaml) {
        if (yaml.isEmpty() || yaml.charAt(yaml.length() - 1) != '\n') {
            return null;
        }
        SimpleYaml reader = new SimpleYaml(yaml.substring(0, yaml.length() - 1));
        Map<String, Object> map = new LinkedHashMap<>();
        return reader.map(map, 0, false) && reader.next == reader.lines.length ? map : null;
    }

    /**
     * The entries of a mapping whose keys are {@code indent} spaces in; when {@code inItem}, the first
     * is on the current line after a list item's "- ". False when something is not of the shape.
     */
    private boolean map(Map<String, Object> map, int indent, boolean inItem) {
        boolean first = inItem;
        while (next < lines.length) {
            String line = lines[next];
            if (!first) {
                int n = indentOf(line);
                if (n < indent) {
                    break;
                }
                if (n > indent) {
                    return false;
                }
            }
            first = false;
            int colon = colon(line, indent);
            if (colon < 0) {
                return false;
            }
            boolean nested = colon == line.length() - 1;
            // a long key is written as '? key' by snakeyaml-engine, which reads no implicit key past 1024 characters
            String key = colon - indent > 128 ? null : scalar(line, indent, colon);
            if (key == null || map.containsKey(key)) {
                return false;
            }
            next++;
            Object value = nested ? block(indent + 2) : scalar(line, colon + 2, line.length());
            if (value == null) {
                return false;
            }
            map.put(key, value);
        }
        return !map.isEmpty();
    }

    /** The list or mapping that a "key:" line opens, {@code indent} spaces in; null when there is none of the shape. */
    private Object block(int indent) {
        // the writer nests three deep: a deeper document is left to snakeyaml-engine (Yaml.load reports its overflow)
        if (indent > MAX_INDENT || next >= lines.length || indentOf(lines[next]) != indent) {
            return null;
        }
        if (!lines[next].startsWith("- ", indent)) {
            Map<String, Object> map = new LinkedHashMap<>();
            return map(map, indent, false) ? map : null;
        }
        List<Object> list = new ArrayList<>();
        while (next < lines.length && indentOf(lines[next]) == indent && lines[next].startsWith("- ", indent)) {
            // a scalar cannot be read as a mapping: plain text has no ": " and does not end in ':'
            String item = scalar(lines[next], indent + 2, lines[next].length());
            if (item != null) {
                list.add(item);
                next++;
                continue;
            }
            Map<String, Object> map = new LinkedHashMap<>();
            if (!map(map, indent + 2, true)) {
                return null;
            }
            list.add(map);
        }
        return list;
    }

    /** Where the key that starts at {@code from} ends, at a ':' then a space or the line's end; -1 when there is none. */
    private static int colon(String line, int from) {
        int at = from;
        if (at < line.length() && line.charAt(at) == '\'') {
            // a quoted key may hold ": " itself; '' inside it is a quote
            at++;
            while (at < line.length() && !(line.charAt(at) == '\'' && !quoteAt(line, at + 1))) {
                at += line.charAt(at) == '\'' ? 2 : 1;
            }
            at++;
            return at < line.length() && line.charAt(at) == ':' && (at + 1 == line.length() || line.charAt(at + 1) == ' ')
                    ? at : -1;
        }
        int colon = line.indexOf(": ", at);
        if (colon >= 0) {
            return colon;
        }
        return line.length() > at + 1 && line.charAt(line.length() - 1) == ':' ? line.length() - 1 : -1;
    }

    private static boolean quoteAt(String line, int i) {
        return i < line.length() && line.charAt(i) == '\'';
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The text of a plain or single-quoted scalar written as the writer writes it; null for anything else. */
    private static String scalar(String line, int from, int to) {
        if (from >= to || line.charAt(from) == ' ' || line.charAt(to - 1) == ' ') {
            return null;
        }
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (!(c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)) {
                return null;
            }
        }
        if (line.charAt(from) == '\'') {
            return quoted(line, from, to);
        }
        String s = line.substring(from, to);
        return plain(s) ? s : null;
    }

    /** A single-quoted scalar: '' inside stands for one quote, and a lone quote ends it. */
    private static String quoted(String line, int from, int to) {
        if (to - from < 2 || line.charAt(to - 1) != '\'') {
            return null;
        }
        StringBuilder s = new StringBuilder(to - from);
        for (int i = from + 1; i < to - 1; i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                if (i + 1 >= to - 1 || line.charAt(i + 1) != '\'') {
                    return null;
                }
                i++;
            }
            s.append(c);
        }
        return s.toString();
    }

    /**
     * Whether text reads back as itself when written plain: nothing YAML takes for structure (as the
     * writer judges it, and a leading ':' or '<<' too), and not one of the texts the schema reads as null.
     */
    private static boolean plain(String s) {
        return !(FrontMatterWriter.indicators(s) || s.charAt(0) == ':' || s.startsWith("<<") || s.equals("~")
                || s.equals("null"));
    }
}
