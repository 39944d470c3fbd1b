package dev.explainer.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the seed files of a project: {@code seeds/**}{@code /*.txt}, in a stable order, and their sidecars. */
final class Seeds {
    /** @param sidecars the {@code .yaml} files beside them, some of which are seeds' sidecars */
    record Found(List<Path> seeds, Set<Path> sidecars) {
    }

    private Seeds() {
    }

    /** One walk of the folder, its attributes read once (a large archive has tens of thousands of seeds). */
    static Found find(Path seedsDir) {
        if (!Files.isDirectory(seedsDir)) {
            return new Found(List.of(), Set.of());
        }
        List<Path> seeds = new ArrayList<>();
        Set<Path> sidecars = new HashSet<>();
        try (Stream<Path> found = Files.find(seedsDir, Integer.MAX_VALUE, (p, a) -> a.isRegularFile() || a.isSymbolicLink() && Files.isRegularFile(p))) {
            found.forEach(p -> {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    return;
                }
                if (name.endsWith(".txt")) {
                    seeds.add(p);
                } else if (name.endsWith(".yaml")) {
                    sidecars.add(p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        seeds.sort(null);
        return new Found(List.copyOf(seeds), Set.copyOf(sidecars));
    }

    static Path sidecar(Path seed) {
        String name = seed.getFileName().toString();
        return seed.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".yaml");
    }
}
