package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import dev.explainer.frontmatter.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        Yaml.Mapping mapping;
        try {
            mapping = Yaml.load(FILE, Files.readString(file), 1, "site.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (mapping.error().isPresent()) {
            diags.add(mapping.error().get());
            return SiteConfig.DEFAULT;
        }
        Map<String, Object> map = mapping.value().get();
        map.keySet().stream().map(String::valueOf).filter(k -> !KEYS.contains(k)).sorted().forEach(k ->
                diags.add(Diagnostic.warning(SourcePos.file(FILE), "unknown key '" + k + "' ignored")));
        SiteConfig d = SiteConfig.DEFAULT;
        return new SiteConfig(text(map, "title", d.title()), text(map, "description", d.description()),
                text(map, "language", d.language()));
    }

    private static String text(Map<String, Object> map, String key, String fallback) {
        Object v = map.get(key);
        return v == null ? fallback : String.valueOf(v);
    }
}
