package dev.explainer.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** A page made from a seed, with its text as it is now. */
    record Existing(String path, String text) {
    }

    private final Map<String, Existing> pageBySeed;

    private ContentIndex(Map<String, Existing> pageBySeed) {
        this.pageBySeed = pageBySeed;
    }

    static ContentIndex scan(Path root) {
        Map<String, Existing> bySeed = new TreeMap<>();
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            return new ContentIndex(bySeed);
        }
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(content)) {
            pages = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // read in parallel, claim in path order: the first page naming a seed is its page
        List<Existing> read = pages.parallelStream().map(p -> new Existing(Ingester.relative(root, p), text(p))).toList();
        for (Existing page : read) {
            seedOf(page.text()).ifPresent(seed -> bySeed.putIfAbsent(seed, page));
        }
        return new ContentIndex(bySeed);
    }

    private static String text(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> seedOf(String text) {
        int close = text.indexOf("\n---", 3);
        Matcher m = SEED.matcher(text);
        if (!text.startsWith("---") || close < 0 || !m.find() || m.start() > close) {
            return Optional.empty();
        }
        String value = m.group(1).strip();
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

    Optional<Existing> pageOf(String seed) {
        return Optional.ofNullable(pageBySeed.get(seed));
    }

    /** Pages whose seed is gone. */
    List<String> orphans(Set<String> seeds) {
        return pageBySeed.entrySet().stream().filter(e -> !seeds.contains(e.getKey())).map(e -> e.getValue().path()).toList();
    }
}
