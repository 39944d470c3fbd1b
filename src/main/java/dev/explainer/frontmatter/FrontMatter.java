package dev.explainer.frontmatter;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter and body.
 *
 * @param fields   the front matter mapping, in file order
 * @param body     the Markdown after the closing '---'
 * @param bodyLine the 1-based line number where the body starts (to map Markdown lines back to the file)
 */
public record FrontMatter(Map<String, Object> fields, Map<String, Integer> lines, List<String> yamlLines,
                          String body, int bodyLine) {

    public FrontMatter {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        lines = Map.copyOf(lines);
        yamlLines = List.copyOf(yamlLines);
    }

    /** The file lines of the '- ' entries of a top-level list, in order: one pass, for a reader of every entry. */
    public int[] itemLines(String key) {
        int keyLine = line(key);
        int[] lines = new int[8];
        int seen = 0;
        int indent = -1;
        for (int i = keyLine - 1; i < yamlLines.size(); i++) {
            String row = yamlLines.get(i);
            int lead = 0;
            while (lead < row.length() && Character.isWhitespace(row.charAt(lead))) {
                lead++;
            }
            if (lead == 0 && !row.isEmpty() && row.charAt(0) != '-') {
                break;
            }
            if (row.startsWith("- ", lead) && (indent < 0 || lead == indent)) {
                indent = lead;
                if (seen == lines.length) {
                    lines = Arrays.copyOf(lines, seen * 2);
                }
                lines[seen++] = i + 2;
            }
        }
        return Arrays.copyOf(lines, seen);
    }

    /** The file line of {@code field:} in the list entry that starts at file line {@code itemLine}, or that line. */
    public int fieldLine(int itemLine, String field) {
        for (int i = itemLine - 2; i >= 0 && i < yamlLines.size(); i++) {
            String row = yamlLines.get(i).stripLeading();
            if (i > itemLine - 2 && (row.startsWith("- ") || (!yamlLines.get(i).isEmpty()
                    && !Character.isWhitespace(yamlLines.get(i).charAt(0))))) {
                break;
            }
            if (row.startsWith("- ")) {
                row = row.substring(2).stripLeading();
            }
            if (row.startsWith(field + ":")) {
                return i + 2;
            }
        }
        return itemLine;
    }

    /** The file line where a top-level key is written, or 1 when it is not found. */
    public int line(String key) {
        return lines.getOrDefault(key, 1);
    }

    /** The outcome of {@link #parse}: either front matter or the one error that prevented it. */
    public record Parsed(Optional<FrontMatter> frontMatter, Optional<Diagnostic> error) {
    }

    public static Parsed parse(String path, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n");
        if (!t.startsWith("---\n") && !t.equals("---")) {
            return failed(Diagnostic.error(new SourcePos(path, 1), "no front matter")
                    .withHint("start the file with a '---' line, then 'title: ...', then a closing '---' line"));
        }
        int end = closing(t);
        if (end < 0) {
            return failed(Diagnostic.error(new SourcePos(path, 1), "front matter is not closed")
                    .withHint("add a line with only '---' after the last front matter field"));
        }
        String yaml = end < 4 ? "" : t.substring(4, end + 1);
        // the YAML is empty or ends in '\n': split, it has one row more than it has lines
        String[] rows = yaml.split("\n", -1);
        int afterClose = t.indexOf('\n', end + 1);
        String body = afterClose < 0 ? "" : t.substring(afterClose + 1);
        // line 1 is '---', then the YAML lines, then the closing '---'
        int bodyLine = rows.length - 1 + 3;
        Yaml.Mapping mapping = Yaml.load(path, yaml, 2, "front matter");
        if (mapping.error().isPresent()) {
            return failed(mapping.error().get());
        }
        Map<String, Integer> keyLines = Yaml.keyLines(rows, 2);
        return new Parsed(Optional.of(new FrontMatter(mapping.value().get(), keyLines, List.of(rows), body, bodyLine)), Optional.empty());
    }

    /** Index of the '\n' that precedes the closing '---' line, or -1. */
    private static int closing(String t) {
        int from = 3;
        while (true) {
            int i = t.indexOf("\n---", from);
            if (i < 0) {
                return -1;
            }
            int after = i + 4;
            if (after == t.length() || t.charAt(after) == '\n') {
                return i;
            }
            from = after;
        }
    }

    private static Parsed failed(Diagnostic d) {
        return new Parsed(Optional.empty(), Optional.of(d));
    }
}
