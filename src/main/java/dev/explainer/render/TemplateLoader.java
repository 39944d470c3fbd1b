package dev.explainer.render;

import dev.explainer.diag.Diagnostic;
import dev.explainer.frontmatter.TextFiles;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.utils.PathUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Pebble's loader: the project's {@code templates/} first, then the defaults embedded in the jar. A
 * project template is read only from inside {@code templates/} and only when it is a regular file,
 * as every source is ({@link TextFiles#bytes}); one that cannot be read is an error naming it, never a
 * silent fall back to the default.
 */
final class TemplateLoader implements Loader<String> {
    private final Path dir;

    TemplateLoader(Path templatesDir) {
        this.dir = templatesDir.toAbsolutePath().normalize();
    }

    /** The template's text, or empty when neither the project nor the jar has it. */
    Optional<String> source(String name) throws IOException {
        Path file = dir.resolve(name).normalize();
        if (file.startsWith(dir) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            TextFiles.Text text = TextFiles.decode("templates/" + name, TextFiles.bytes(dir, file));
            if (text.error().isPresent()) {
                throw new IOException(text.error().map(Diagnostic::message).orElseThrow());
            }
            return text.text();
        }
        try (InputStream in = TemplateLoader.class.getClassLoader().getResourceAsStream(Templates.EMBEDDED + "/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public Reader getReader(String name) {
        Optional<String> source;
        try {
            source = source(name);
        } catch (IOException e) {
            throw new PebbleException(e, "cannot read: " + e.getMessage(), 0, name);
        }
        // worded as Pebble's own loaders word it, which TemplateErrors reads
        return new StringReader(source.orElseThrow(() -> new LoaderException(null, "Could not find template \"" + name + "\"")));
    }

    @Override
    public void setCharset(String charset) {
        // always UTF-8, strictly decoded
    }

    @Override
    public void setPrefix(String prefix) {
        // names are relative to templates/
    }

    @Override
    public void setSuffix(String suffix) {
        // names carry their .peb
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return PathUtils.resolveRelativePath(relativePath, anchorPath, '/');
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        try {
            return source(templateName).isPresent();
        } catch (IOException e) {
            return true;
        }
    }
}
