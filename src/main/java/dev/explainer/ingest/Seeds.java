package dev.explainer.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the seed files of a project: {@code seeds/**}{@code /*.txt}, in a stable order. */
final class Seeds {
    private Seeds() {
    }

    static List<Path> list(Path seedsDir) {
        if (!Files.isDirectory(seedsDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(seedsDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sidecar(Path seed) {
        String name = seed.getFileName().toString();
        return seed.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".yaml");
    }
}
