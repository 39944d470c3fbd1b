package dev.explainer.ingest;

import dev.explainer.frontmatter.TextFiles;
import dev.explainer.frontmatter.FileSum;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Which content page came from which seed, read from the pages' 'seed:' lines. Only that line is
 * read (not the whole front matter), so a re-ingest of a large site stays quick.
 */
final class ContentIndex {
    private static final Pattern SEED = Pattern.compile("(?m)^seed: (.+)$");
    private static final byte[] SEED_LINE = "\nseed: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "\n---".getBytes(StandardCharsets.US_ASCII);

    /** Each seed's page, by the seed's path: only paths are kept, so a large archive is not held in memory. */
    private final Map<String, String> pageBySeed;
    /** Every page's path. */
    private final Set<String> pages;

    private ContentIndex(Map<String, String> pageBySeed, Set<String> pages) {
        this.pageBySeed = pageBySeed;
        this.pages = pages;
    }

    /** Whether there is a page at {@code path}. */
    boolean has(String path) {
        return pages.contains(path);
    }

    /**
     * @param memo the pages as last read: a page it has, which the build cache's scan vouches is
     *             unchanged, is not read again; every page read is added to it
     */
    static ContentIndex scan(Path root, IngestMemo memo) {
        Map<String, String> bySeed = new TreeMap<>();
        List<String> paths = memo.listed() != null
                ? memo.listed().stream().filter(f -> f.startsWith("content/") && f.endsWith(".md")).toList()
                : walk(root);
        // read in parallel, claim in path order: the first page naming a seed is its page
        List<Optional<IngestMemo.PageFacts>> facts = paths.parallelStream().map(path -> {
            IngestMemo.PageFacts f = memo.unchangedPage(path);
            if (f == null) {
                try {
                    f = facts(TextFiles.bytes(root.resolve("content"), root.resolve(path)));
                } catch (IOException e) {
                    // no seed's page: the loader reports it as unreadable
                    return Optional.<IngestMemo.PageFacts>empty();
                }
                memo.putPage(path, f);
            }
            return Optional.of(f);
        }).toList();
        memo.retainPages(Set.copyOf(paths));
        for (int i = 0; i < paths.size(); i++) {
            String page = paths.get(i);
            facts.get(i).map(IngestMemo.PageFacts::seed).ifPresent(seed -> bySeed.putIfAbsent(seed, page));
        }
        return new ContentIndex(bySeed, Set.copyOf(paths));
    }

    /** The pages under content/, by path from the project root, sorted. */
    private static List<String> walk(Path root) {
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            // as the build cache's scan lists them: a link is listed whatever it leads to, and reading it says what is wrong
            return walk.filter(f -> f.toString().endsWith(".md") && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> Ingester.relative(root, p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What ingest needs to know of a page, from its bytes. */
    static IngestMemo.PageFacts facts(byte[] page) {
        return new IngestMemo.PageFacts(FileSum.of(page), seedOf(page).orElse(null), ContentHash.untouched(page),
                PageBytes.lineValues(page, "seed_hash"), PageBytes.lineValues(page, Ingester.KEY));
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #seedOf(String)} of the page these UTF-8 bytes hold, decoding only the seed's line when the
     * front matter ends its lines with line feeds only.
     */
    static Optional<String> seedOf(byte[] page) {
        int close = PageBytes.indexOf(page, CLOSE, 3);
        if (page.length < 3 || page[0] != '-' || page[1] != '-' || page[2] != '-' || close < 0) {
            return Optional.empty();
        }
        if (!PageBytes.onlyLineFeeds(page, close)) {
            return seedOf(new String(page, StandardCharsets.UTF_8));
        }
        for (int at = PageBytes.indexOf(page, SEED_LINE, 0); at >= 0 && at < close; at = PageBytes.indexOf(page, SEED_LINE, at + 1)) {
            int start = at + SEED_LINE.length;
            int end = start;
            while (page[end] != '\n') {
                end++;
            }
            if (end > start) {
                return value(new String(page, start, end - start, StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    static Optional<String> seedOf(String text) {
        int close = text.indexOf("\n---", 3);
        Matcher m = SEED.matcher(text);
        if (!text.startsWith("---") || close < 0 || !m.find() || m.start() > close) {
            return Optional.empty();
        }
        return value(m.group(1));
    }

    private static Optional<String> value(String line) {
        String value = line.strip();
        if (value.startsWith("'") || value.startsWith("\"")) {
            try {
                return Optional.ofNullable(new Load(LoadSettings.builder().build()).loadFromString(value)).map(String::valueOf);
            } catch (YamlEngineException e) {
                // a broken front matter is reported when content is loaded; here the page is no seed's
                return Optional.empty();
            }
        }
        return Optional.of(value);
    }

    /** The path of the seed's page. */
    Optional<String> pageOf(String seed) {
        return Optional.ofNullable(pageBySeed.get(seed));
    }

    /** Pages whose seed is gone. */
    List<String> orphans(Set<String> seeds) {
        return pageBySeed.entrySet().stream().filter(e -> !seeds.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }
}
