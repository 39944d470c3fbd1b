package dev.explainer.content;

import dev.explainer.frontmatter.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /** Whether a file under content/ is a page: a Markdown file, not hidden. */
    static boolean isPage(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".md") && !name.startsWith(".");
    }

    /**
     * The content/ folder of a project.
     *
     * @param listed its pages as a scan just found them, sorted; null to walk the folder
     */
    record Disk(Path root, List<String> listed) implements ContentSource {
        public Disk(Path root) {
            this(root, null);
        }

        @Override
        public List<String> files() {
            if (listed != null) {
                return listed;
            }
            Path content = root.resolve("content");
            if (!Files.isDirectory(content)) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(content)) {
                return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .filter(ContentSource::isPage)
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public byte[] bytes(String file) throws IOException {
            return TextFiles.bytes(root.resolve("content"), root.resolve(file));
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
