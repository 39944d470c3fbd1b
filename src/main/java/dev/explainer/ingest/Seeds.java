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

    /**
     * The seeds among the files a scan {@code listed} (paths from the project root, sorted), or when
     * there was no scan (null), those of one walk of the folder.
     */
    static Found find(Path root, List<String> listed) {
        if (listed == null) {
            return find(root.resolve("seeds"));
        }
        List<Path> seeds = new ArrayList<>();
        Set<Path> sidecars = new HashSet<>();
        for (String file : listed) {
            if (file.startsWith("seeds/")) {
                sort(root.resolve(file), seeds, sidecars);
            }
        }
        seeds.sort(null);
        return new Found(List.copyOf(seeds), Set.copyOf(sidecars));
    }

    /** One walk of the folder, its attributes read once (a large archive has tens of thousands of seeds). */
    static Found find(Path seedsDir) {
        if (!Files.isDirectory(seedsDir)) {
            return new Found(List.of(), Set.of());
        }
        List<Path> seeds = new ArrayList<>();
        Set<Path> sidecars = new HashSet<>();
        try (Stream<Path> found = Files.find(seedsDir, Integer.MAX_VALUE, (p, a) -> !a.isDirectory())) {
            found.forEach(p -> sort(p, seeds, sidecars));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        seeds.sort(null);
        return new Found(List.copyOf(seeds), Set.copyOf(sidecars));
    }

    /** A seed, a sidecar or neither (hidden files are neither). */
    private static void sort(Path p, List<Path> seeds, Set<Path> sidecars) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
            return;
        }
        if (name.endsWith(".txt")) {
            seeds.add(p);
        } else if (name.endsWith(".yaml")) {
            sidecars.add(p);
        }
    }

    static Path sidecar(Path seed) {
        return seed.resolveSibling(sidecar(seed.getFileName().toString()));
    }

    /** The sidecar's name or path beside a seed's: "a.txt" -> "a.yaml". */
    static String sidecar(String seed) {
        return seed.substring(0, seed.length() - ".txt".length()) + ".yaml";
    }
}
