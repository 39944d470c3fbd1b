package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import dev.explainer.frontmatter.TextFiles;
import dev.explainer.frontmatter.Yaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Reads the optional {@code content/site.yaml}. */
final class SiteConfigReader {
    static final String FILE = "content/site.yaml";
    private static final Set<String> KEYS = Set.of("title", "description", "language");

    private SiteConfigReader() {
    }

    static SiteConfig read(Path root, Diagnostics diags) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return SiteConfig.DEFAULT;
        }
        TextFiles.Text text = TextFiles.read(file, FILE);
        if (text.error().isPresent()) {
            diags.add(text.error().get());
            return SiteConfig.DEFAULT;
        }
        Yaml.Mapping mapping = Yaml.load(FILE, text.text().get(), 1, "site.yaml");
        Map<String, Integer> lines = Yaml.keyLines(text.text().get(), 1);
        if (mapping.error().isPresent()) {
            diags.add(mapping.error().get());
            return SiteConfig.DEFAULT;
        }
        Map<String, Object> map = mapping.value().get();
        map.keySet().stream().filter(k -> !KEYS.contains(k)).sorted().forEach(k ->
                diags.add(Diagnostic.warning(new SourcePos(FILE, lines.getOrDefault(k, 1)), "unknown key '" + k + "' ignored")
                        .withHint("site.yaml may set " + String.join(", ", KEYS.stream().sorted().toList()))));
        map.forEach((k, v) -> {
            if (KEYS.contains(k) && v != null && !(v instanceof String)) {
                diags.add(Diagnostic.error(new SourcePos(FILE, lines.getOrDefault(k, 1)), "'" + k + "' must be text"));
            }
        });
        SiteConfig d = SiteConfig.DEFAULT;
        return new SiteConfig(text(map, "title", d.title()), text(map, "description", d.description()),
                text(map, "language", d.language()));
    }

    private static String text(Map<String, Object> map, String key, String fallback) {
        Object v = map.get(key);
        return v instanceof String s ? s : fallback;
    }
}
