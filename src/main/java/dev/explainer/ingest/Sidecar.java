package dev.explainer.ingest;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads {@code seeds/x.yaml}, the optional metadata file beside {@code seeds/x.txt}. */
final class Sidecar {
    static final Set<String> KEYS = Set.of("date", "author", "source", "story", "slug");

    private Sidecar() {
    }

    static List<MetaField> read(String path, String yaml, List<Diagnostic> diagnostics) {
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setLabel(path).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(Mark::getLine).orElse(0) + 1;
            diagnostics.add(Diagnostic.error(new SourcePos(path, line), "invalid YAML: " + e.getProblem()));
            return List.of();
        } catch (YamlEngineException e) {
            diagnostics.add(Diagnostic.error(new SourcePos(path, 1), "invalid YAML: " + e.getMessage()));
            return List.of();
        }
        if (loaded == null) {
            return List.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            diagnostics.add(Diagnostic.error(new SourcePos(path, 1), "a sidecar must be a mapping of 'key: value' lines"));
            return List.of();
        }
        List<MetaField> fields = new ArrayList<>();
        List<String> lines = yaml.lines().toList();
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            SourcePos pos = new SourcePos(path, lineOf(lines, key));
            if (!KEYS.contains(key)) {
                diagnostics.add(Diagnostic.warning(pos, "unknown key '" + key + "' ignored")
                        .withHint("a sidecar may set " + String.join(", ", KEYS.stream().sorted().toList())));
            } else if (v != null) {
                fields.add(new MetaField(key, String.valueOf(v).strip(), pos));
            }
        });
        return fields;
    }

    private static int lineOf(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }
}
