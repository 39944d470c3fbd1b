package dev.explainer.frontmatter;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@code content/review.yaml}: the editor's decisions on the facts ingest held
 * back or doubted, by seed and item id. Ingest applies them every time it extracts the seed, so
 * they outlast every re-ingest.
 * <pre>
 * seeds/iraq/rouhani.txt:
 *   q3f2a9c1: accept            # publish the speaker ingest held back
 *   e81d07aa: reject            # no page for this name
 *   d5c2e910: 2014-06-12        # the right day
 * </pre>
 */
public final class ReviewFile {
    public static final String FILE = "content/review.yaml";
    private static final String HEADER = """
            # The editor's decisions on what ingest held back or doubted, by seed and item id.
            # 'explainer review' lists what is open; 'explainer review accept|reject ID' or
            # 'explainer review set ID VALUE' writes here. Ingest applies these every time.
            """;

    private ReviewFile() {
    }

    /** Decisions by seed path, then by item id; empty when the file is missing. */
    public static Map<String, Map<String, String>> read(Path root, Diagnostics diags) {
        Map<String, Map<String, String>> decisions = new TreeMap<>();
        Path file = root.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return decisions;
        }
        TextFiles.Text text = TextFiles.read(root, FILE);
        if (text.error().isPresent()) {
            diags.add(text.error().get());
            return decisions;
        }
        String yaml = text.text().get();
        Yaml.Mapping mapping = Yaml.load(FILE, yaml, 1, "review.yaml");
        if (mapping.error().isPresent()) {
            diags.add(mapping.error().get());
            return decisions;
        }
        Map<String, Integer> lines = Yaml.keyLines(yaml, 1);
        mapping.value().get().forEach((seed, v) -> {
            SourcePos pos = new SourcePos(FILE, lines.getOrDefault(seed, 1));
            if (!(v instanceof Map<?, ?> items)) {
                diags.add(Diagnostic.error(pos, "'" + seed + "' must be a mapping of item ids to decisions")
                        .withHint("write '  ID: accept', '  ID: reject' or '  ID: the right value' under the seed"));
                return;
            }
            Map<String, String> mine = new TreeMap<>();
            items.forEach((id, decision) -> {
                if (decision == null || decision instanceof Map || decision instanceof java.util.List) {
                    diags.add(Diagnostic.error(pos, "the decision on '" + id + "' of '" + seed + "' must be text"));
                } else {
                    mine.put(String.valueOf(id), String.valueOf(decision).strip());
                }
            });
            decisions.put(seed, mine);
        });
        return decisions;
    }

    /** Writes the decisions back whole, sorted, beside the file first so a crash never leaves half of it. */
    public static void write(Path root, Map<String, Map<String, String>> decisions) throws IOException {
        Map<String, Object> sorted = new LinkedHashMap<>();
        new TreeMap<>(decisions).forEach((seed, items) -> {
            if (!items.isEmpty()) {
                sorted.put(seed, new LinkedHashMap<>(new TreeMap<>(items)));
            }
        });
        Path file = root.resolve(FILE);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(".review.yaml.tmp");
        Files.writeString(tmp, HEADER + new FrontMatterWriter().write(sorted), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
