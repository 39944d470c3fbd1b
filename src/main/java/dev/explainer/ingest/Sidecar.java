package dev.explainer.ingest;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import dev.explainer.diag.Suggestion;
import dev.explainer.frontmatter.Yaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code seeds/x.yaml}, the optional metadata file beside {@code seeds/x.txt}. */
final class Sidecar {
    static final Set<String> KEYS = Set.of("date", "author", "source", "story", "slug");

    private Sidecar() {
    }

    static List<MetaField> read(String path, String yaml, List<Diagnostic> diagnostics) {
        Yaml.Mapping mapping = Yaml.load(path, yaml, 1, "a sidecar");
        if (mapping.error().isPresent()) {
            diagnostics.add(mapping.error().get());
            return List.of();
        }
        Map<String, Integer> lines = Yaml.keyLines(yaml, 1);
        List<MetaField> fields = new ArrayList<>();
        mapping.value().get().forEach((key, v) -> {
            SourcePos pos = new SourcePos(path, lines.getOrDefault(key, 1));
            if (!KEYS.contains(key)) {
                diagnostics.add(Suggestion.unknownKey(pos, key, "a sidecar", KEYS.stream().sorted().toList()));
            } else if (v instanceof Map || v instanceof List) {
                diagnostics.add(Diagnostic.error(pos, "'" + key + "' must be text, not a " + (v instanceof Map ? "mapping" : "list")));
            } else if (v != null) {
                fields.add(new MetaField(key, String.valueOf(v).strip(), pos));
            }
        });
        return fields;
    }
}
