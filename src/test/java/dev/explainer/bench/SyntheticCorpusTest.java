package dev.explainer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
    @TempDir
    Path root;

    private static Map<String, String> corpus(int n) {
        Map<String, String> seeds = new LinkedHashMap<>();
        SyntheticCorpus.generate(n, seeds::put);
        return seeds;
    }

    @Test
    void sameSizeGivesSameBytesAndASmallerCorpusIsAPrefix() {
        Map<String, String> large = corpus(120);
        assertEquals(large, corpus(120));
        Map<String, String> small = corpus(40);
        assertEquals(small, large.entrySet().stream().limit(40)
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
    }

    @Test
    void articlesRunTo400To900WordsOverManyStories() {
        Set<String> stories = new TreeSet<>();
        for (String seed : corpus(300).values()) {
            String[] parts = seed.split("\n\n", 4);
            int words = parts[3].strip().split("\\s+").length;
            assertTrue(words >= 400 && words <= 1000, words + " words in\n" + seed);
            stories.add(parts[2].replaceFirst("^[A-Za-z ]+: ", ""));
        }
        assertTrue(stories.size() >= 35, stories.size() + " stories: " + stories);
    }

    @Test
    void seedsIngestWithoutDiagnostics() {
        corpus(25).forEach((path, text) -> TestFiles.write(root.resolve("seeds").resolve(path), text));
        TestFiles.Run run = TestFiles.run("ingest", "--project", root.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals(25, TestFiles.tree(root.resolve("content")).size());
    }
}
