package dev.explainer.render;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import dev.explainer.frontmatter.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Static files: {@code templates/assets/**} from the project, plus the embedded defaults it does not override. */
final class Assets {
    /** The default theme's assets; a jar cannot be listed, so they are named here. */
    static final List<String> DEFAULTS = List.of("style.css", "search.js");
    /** The offline search, read by the search page. */
    static final String SEARCH_SCRIPT = "search.js";

    private Assets() {
    }

    static List<OutputFile> collect(Path templatesDir, Diagnostics diags) {
        Map<String, OutputFile> files = new TreeMap<>();
        for (String name : DEFAULTS) {
            try (InputStream in = Assets.class.getClassLoader()
                    .getResourceAsStream(Templates.EMBEDDED + "/assets/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks its default asset " + name);
                }
                files.put(name, new OutputFile("assets/" + name, in.readAllBytes(), "templates/assets/" + name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path dir = templatesDir.resolve("assets");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    if (rel.startsWith(".") || rel.contains("/.")) {
                        continue;
                    }
                    try {
                        files.put(rel, new OutputFile("assets/" + rel, TextFiles.bytes(dir, p, Integer.MAX_VALUE - 8), "templates/assets/" + rel));
                    } catch (IOException | IllegalArgumentException e) {
                        diags.add(Diagnostic.error(SourcePos.file("templates/assets/" + rel), "cannot publish: " + e.getMessage()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(files.values());
    }
}
