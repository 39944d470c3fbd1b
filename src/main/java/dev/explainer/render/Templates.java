package dev.explainer.render;

import dev.explainer.diag.SourcePos;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Pebble engine, built once: the project's {@code templates/} first, then the defaults
 * embedded in the jar, so a project overrides only the templates it wants to change.
 * Autoescaping is on (news text is third-party text) and variables are strict (a typo is an error).
 */
public final class Templates {
    public static final String EMBEDDED = "dev/explainer/default-templates";
    private final PebbleEngine engine;
    private final Path dir;

    public Templates(Path templatesDir) {
        this.dir = templatesDir;
        engine = new PebbleEngine.Builder()
                .loader(new TemplateLoader(templatesDir))
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .build();
    }

    /** @throws io.pebbletemplates.pebble.error.PebbleException on a template error, with file and line */
    public String render(String name, Map<String, Object> context) {
        PebbleTemplate template = engine.getTemplate(name);
        StringWriter out = new StringWriter(8192);
        try {
            template.evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Where a project template refers to {@code name} ({@code {% include "name" %}} and the like):
     * Pebble cannot say which template asked for one it could not find.
     */
    public Optional<SourcePos> referenceTo(String name) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".peb") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("\"" + name + "\"") || lines.get(i).contains("'" + name + "'")) {
                        return Optional.of(new SourcePos("templates/" + dir.relativize(file).toString().replace('\\', '/'), i + 1));
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The path to show in diagnostics for a template name: the project's file, or the embedded default's. */
    public String displayPath(String name) {
        String file = name.replace('\\', '/');
        int at = file.lastIndexOf("templates/");
        String rel = at >= 0 ? file.substring(at + "templates/".length()) : file;
        return Files.exists(dir.resolve(rel), LinkOption.NOFOLLOW_LINKS) ? "templates/" + rel : "templates/" + rel + " (embedded default)";
    }
}
