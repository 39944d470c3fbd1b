package dev.explainer.ingest;

import dev.explainer.frontmatter.FrontMatter;
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
import java.util.stream.Stream;

/** Which content page came from which seed, read from the pages' 'seed:' fields. */
final class ContentIndex {
    private final Map<String, String> pageBySeed;

    private ContentIndex(Map<String, String> pageBySeed) {
        this.pageBySeed = pageBySeed;
    }

    static ContentIndex scan(Path root) {
        Map<String, String> bySeed = new TreeMap<>();
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            return new ContentIndex(bySeed);
        }
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String rel = Ingester.relative(root, p);
                FrontMatter.parse(rel, new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).frontMatter()
                        .map(fm -> fm.fields().get("seed"))
                        .filter(String.class::isInstance)
                        .ifPresent(seed -> bySeed.putIfAbsent((String) seed, rel));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentIndex(bySeed);
    }

    Optional<String> pageOf(String seed) {
        return Optional.ofNullable(pageBySeed.get(seed));
    }

    /** Pages whose seed is gone. */
    List<String> orphans(Set<String> seeds) {
        return pageBySeed.entrySet().stream().filter(e -> !seeds.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }
}
