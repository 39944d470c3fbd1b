package dev.explainer.content;

import dev.explainer.frontmatter.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where content pages are read from: the content/ folder as it is, or as ingest would leave it
 * (what {@code check} loads, so that it sees what {@code build} would build without writing).
 * Paths are relative to the project: "content/iraq-crisis/x.md".
 */
public sealed interface ContentSource permits ContentSource.Disk, ContentSource.Pending {

    /** Every content page, sorted. */
    List<String> files();

    /** The file's bytes. */
    byte[] bytes(String file) throws IOException;

    /** The file's text, or the error that makes it unreadable. */
    default TextFiles.Text read(String file) {
        try {
            return TextFiles.decode(file, bytes(file));
        } catch (IOException e) {
            return TextFiles.unreadable(file, e);
        }
    }

    /** The content/ folder of a project. */
    record Disk(Path root) implements ContentSource {
        @Override
        public List<String> files() {
            Path content = root.resolve("content");
            if (!Files.isDirectory(content)) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(content)) {
                return walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".md"))
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public byte[] bytes(String file) throws IOException {
            return Files.readAllBytes(root.resolve(file));
        }
    }

    /** The folder with the pages ingest would write put over it, and those it would remove taken out. */
    record Pending(ContentSource base, Map<String, String> written, Set<String> removed) implements ContentSource {
        public Pending {
            written = Map.copyOf(written);
            removed = Set.copyOf(removed);
        }

        @Override
        public List<String> files() {
            Set<String> all = new TreeSet<>(base.files());
            all.removeAll(removed);
            all.addAll(written.keySet());
            return List.copyOf(all);
        }

        @Override
        public byte[] bytes(String file) throws IOException {
            String text = written.get(file);
            return text != null ? text.getBytes(StandardCharsets.UTF_8) : base.bytes(file);
        }
    }
}
