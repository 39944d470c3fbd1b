package dev.explainer.content;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

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
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setLabel(FILE).build()).loadFromString(Files.readString(file));
        } catch (MarkedYamlEngineException e) {
            diags.add(Diagnostic.error(new SourcePos(FILE, e.getProblemMark().map(Mark::getLine).orElse(0) + 1),
                    "invalid YAML: " + e.getProblem()));
            return SiteConfig.DEFAULT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (loaded == null) {
            return SiteConfig.DEFAULT;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            diags.add(Diagnostic.error(new SourcePos(FILE, 1), "site.yaml must be a mapping of 'key: value' lines"));
            return SiteConfig.DEFAULT;
        }
        map.keySet().stream().map(String::valueOf).filter(k -> !KEYS.contains(k)).sorted().forEach(k ->
                diags.add(Diagnostic.warning(SourcePos.file(FILE), "unknown key '" + k + "' ignored")));
        SiteConfig d = SiteConfig.DEFAULT;
        return new SiteConfig(text(map, "title", d.title()), text(map, "description", d.description()),
                text(map, "language", d.language()));
    }

    private static String text(Map<?, ?> map, String key, String fallback) {
        Object v = map.get(key);
        return v == null ? fallback : String.valueOf(v);
    }
}
