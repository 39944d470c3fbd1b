package dev.explainer.frontmatter;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A Markdown file split into its YAML front matter and body.
 *
 * @param fields   the front matter mapping, in file order
 * @param body     the Markdown after the closing '---'
 * @param bodyLine the 1-based line number where the body starts (to map Markdown lines back to the file)
 */
public record FrontMatter(Map<String, Object> fields, Map<String, Integer> lines, String body, int bodyLine) {

    public FrontMatter {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        lines = Map.copyOf(lines);
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
        int yamlLines = (int) yaml.chars().filter(c -> c == '\n').count();
        int afterClose = t.indexOf('\n', end + 1);
        String body = afterClose < 0 ? "" : t.substring(afterClose + 1);
        // line 1 is '---', then the YAML lines, then the closing '---'
        int bodyLine = yamlLines + 3;
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setLabel(path).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(Mark::getLine).orElse(0) + 2;
            return failed(Diagnostic.error(new SourcePos(path, line), "invalid YAML in front matter: " + e.getProblem()));
        } catch (YamlEngineException e) {
            return failed(Diagnostic.error(new SourcePos(path, 2), "invalid YAML in front matter: " + e.getMessage()));
        }
        if (loaded == null) {
            loaded = Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            return failed(Diagnostic.error(new SourcePos(path, 2), "front matter must be a mapping of 'key: value' lines"));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        Map<String, Integer> keyLines = new java.util.HashMap<>();
        String[] rows = yaml.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            int colon = rows[i].indexOf(':');
            if (colon > 0 && !Character.isWhitespace(rows[i].charAt(0))) {
                keyLines.putIfAbsent(rows[i].substring(0, colon).strip(), i + 2);
            }
        }
        return new Parsed(Optional.of(new FrontMatter(fields, keyLines, body, bodyLine)), Optional.empty());
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
