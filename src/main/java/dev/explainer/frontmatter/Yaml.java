package dev.explainer.frontmatter;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Loads a YAML mapping (a sidecar, site.yaml, entities.yaml, front matter) and turns library errors into diagnostics. */
public final class Yaml {
    static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private Yaml() {
    }

    /** The mapping, in file order, or the one error that prevented reading it. */
    public record Mapping(Optional<Map<String, Object>> value, Optional<Diagnostic> error) {
    }

    /**
     * @param firstLine the file line of the YAML's first line (2 for front matter after its '---')
     * @param what      what the file is, for the message ("front matter", "a sidecar")
     */
    public static Mapping load(String path, String yaml, int firstLine, String what) {
        Map<String, Object> simple = SimpleYaml.read(yaml);
        if (simple != null) {
            return new Mapping(Optional.of(simple), Optional.empty());
        }
        Object loaded;
        try {
            // pages ingest writes from very long articles are big; the library's default limit is 3 MB
            // every scalar stays as written: "story: 1.50" is the story "1.50", not the number 1.5
            loaded = new Load(LoadSettings.builder().setLabel(path).setCodePointLimit(MAX_CODE_POINTS)
                    .setSchema(new TextSchema()).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(Mark::getLine).orElse(0) + firstLine;
            return failed(new SourcePos(path, line), "invalid YAML in " + what + ": " + e.getProblem());
        } catch (YamlEngineException e) {
            return failed(new SourcePos(path, firstLine), "invalid YAML in " + what + ": " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the library's own checks that escape its exceptions (a tag "!%9" that decodes to a blank: found by fuzzing)
            return failed(new SourcePos(path, firstLine), "invalid YAML in " + what + ": " + e.getMessage());
        } catch (StackOverflowError e) {
            // snakeyaml-engine descends once per level and has no limit of its own
            return failed(new SourcePos(path, firstLine), "invalid YAML in " + what + ": nested too deeply");
        }
        if (loaded == null) {
            return new Mapping(Optional.of(Map.of()), Optional.empty());
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            return failed(new SourcePos(path, firstLine), what + " must be a mapping of 'key: value' lines");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        return new Mapping(Optional.of(fields), Optional.empty());
    }

    /** The 1-based line of each top-level key, counting from {@code firstLine}. */
    public static Map<String, Integer> keyLines(String yaml, int firstLine) {
        return keyLines(yaml.split("\n", -1), firstLine);
    }

    /** The same, for the YAML's lines already split. */
    static Map<String, Integer> keyLines(String[] rows, int firstLine) {
        Map<String, Integer> lines = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            int colon = rows[i].indexOf(':');
            if (colon > 0 && !Character.isWhitespace(rows[i].charAt(0)) && rows[i].charAt(0) != '#') {
                lines.putIfAbsent(unquoted(rows[i].substring(0, colon).strip()), i + firstLine);
            }
        }
        return lines;
    }

    /** Without one quote at its start and one at its end, if it has them. */
    private static String unquoted(String key) {
        int from = !key.isEmpty() && (key.charAt(0) == '\'' || key.charAt(0) == '"') ? 1 : 0;
        int to = key.length() > from && (key.charAt(key.length() - 1) == '\'' || key.charAt(key.length() - 1) == '"')
                ? key.length() - 1 : key.length();
        return key.substring(from, to);
    }

    private static Mapping failed(SourcePos pos, String message) {
        return new Mapping(Optional.empty(), Optional.of(Diagnostic.error(pos, message)));
    }
}
