package dev.explainer.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** The hand-written reader reads what snakeyaml-engine reads, or declines; it never reads something else. */
class SimpleYamlTest {
    private final FrontMatterWriter writer = new FrontMatterWriter();

    @Test
    void readsEveryPageOfTheProjectAsSnakeyamlDoes() throws IOException {
        int read = 0;
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
                    int end = text.indexOf("\n---\n", 3);
                    if (!text.startsWith("---\n") || end < 0) {
                        continue;
                    }
                    String yaml = text.substring(4, end + 1);
                    Object simple = SimpleYaml.read(yaml);
                    if (simple != null) {
                        assertEquals(snakeyaml(yaml), shape(simple), file.toString());
                        read++;
                    }
                }
            }
        }
        assertEquals(true, read > 10, "pages read: " + read);
    }

    @Test
    void readsWhatTheWriterLaysOut() {
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            Map<String, Object> fields = fields(random);
            String yaml = writer.laidOut(fields);
            if (yaml == null) {
                continue;
            }
            Map<String, Object> read = SimpleYaml.read(yaml);
            // (a key or value of "~" the writer leaves plain, and the schema reads as null: that one is declined)
            if (snakeyaml(yaml).equals(shape(fields))) {
                assertNotNull(read, yaml);
            }
            if (read != null) {
                assertEquals(snakeyaml(yaml), shape(read), yaml);
            }
        }
    }

    /** A document nested past what the writer writes is not read here: recursion without end must not overflow. */
    @Test
    void leavesDeepNestingToSnakeyaml() {
        StringBuilder yaml = new StringBuilder();
        for (int depth = 0; depth < 50; depth++) {
            yaml.append("  ".repeat(depth)).append("k:\n");
        }
        yaml.append("  ".repeat(50)).append("k: v\n");
        assertEquals(null, SimpleYaml.read(yaml.toString()));
    }

    /** Random lines of tricky text: whatever the reader takes, snakeyaml-engine reads the same. */
    @Test
    void declinesWhatItCannotReadExactly() {
        String[] parts = {"a", "key", "title", ":", ": ", " ", "  ", "- ", "-", "'", "''", "\"", "#", " #", "~", "null",
            "---", "...", "[", "]", "{", "}", ",", "&x", "*x", "!", "|", ">", "%", "@", "`", "?", "? ", "\t", "é", "’",
            "\u00a0", "\u0085", "\u2028", "\uFEFF", "\uD83D\uDE00", "<<", "1.50", "yes", "true", "0x1F", "\\", "a:b"};
        Random random = new Random(9);
        int taken = 0;
        for (int round = 0; round < 100_000; round++) {
            StringBuilder yaml = new StringBuilder();
            for (int line = 1 + random.nextInt(5); line > 0; line--) {
                yaml.append("  ".repeat(random.nextInt(4) == 0 ? random.nextInt(4) : 0));
                if (random.nextInt(3) == 0) {
                    yaml.append("- ");
                }
                yaml.append(random.nextInt(3) > 0 ? "key" + random.nextInt(4) : words(random, parts));
                yaml.append(random.nextInt(3) == 0 ? ":" : random.nextInt(4) > 0 ? ": " + words(random, parts) : "");
                yaml.append('\n');
            }
            Map<String, Object> read = SimpleYaml.read(yaml.toString());
            if (read != null) {
                taken++;
                assertEquals(snakeyaml(yaml.toString()), shape(read), yaml.toString());
            }
        }
        assertEquals(true, taken > 1000, "documents taken: " + taken);
    }

    private static String words(Random random, String[] parts) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(3); i >= 0; i--) {
            s.append(parts[random.nextInt(parts.length)]);
        }
        return s.toString();
    }

    private static Map<String, Object> fields(Random random) {
        String[] words = {"Iraq", "ISIS", "Rouhani’s", "al-Maliki", "it's", "a: b", "#1", "x #y", "- dash", "–", "é", "1.50",
            "true", "null", "~", "", " lead", "trail ", "[x]", "{y}", "&a", "*b", "!t", "|", ">", "%", "@", "`", "?", "? q",
            "'", "\"", "per cent", "Prime Minister", "sha256:0c56a8e66cf5", "2014-06-14", "seeds/2020/a.txt", "a:b"};
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = random.nextInt(6); i >= 0; i--) {
            String key = random.nextInt(5) == 0 ? words[random.nextInt(words.length)] : "k" + i;
            switch (random.nextInt(3)) {
                case 0 -> fields.put(key, text(random, words));
                case 1 -> {
                    List<Object> list = new ArrayList<>();
                    for (int j = random.nextInt(3); j >= 0; j--) {
                        list.add(text(random, words));
                    }
                    fields.put(key, list);
                }
                default -> {
                    List<Object> items = new ArrayList<>();
                    for (int j = random.nextInt(3); j >= 0; j--) {
                        Map<String, Object> item = new LinkedHashMap<>();
                        item.put("name", text(random, words));
                        if (random.nextBoolean()) {
                            item.put("aliases", List.of(text(random, words), text(random, words)));
                        }
                        item.put("role", text(random, words));
                        items.add(item);
                    }
                    fields.put(key, items);
                }
            }
        }
        return fields;
    }

    private static String text(Random random, String[] words) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(3); i >= 0; i--) {
            s.append(words[random.nextInt(words.length)]).append(random.nextInt(3) == 0 ? "" : " ");
        }
        return s.toString();
    }

    /** What snakeyaml-engine reads, with the settings {@link Yaml} uses, as comparable text; "error" when it refuses. */
    private static String snakeyaml(String yaml) {
        try {
            return shape(new Load(LoadSettings.builder().setCodePointLimit(Yaml.MAX_CODE_POINTS).setSchema(new TextSchema())
                    .build()).loadFromString(yaml));
        } catch (YamlEngineException e) {
            return "error";
        }
    }

    /** A value with its maps' key order and its types written out, so that equal shapes mean equal values. */
    private static String shape(Object o) {
        if (o instanceof Map<?, ?> m) {
            StringBuilder s = new StringBuilder("{");
            m.forEach((k, v) -> s.append(shape(k)).append('=').append(shape(v)).append(';'));
            return s.append('}').toString();
        }
        if (o instanceof List<?> l) {
            StringBuilder s = new StringBuilder("[");
            l.forEach(v -> s.append(shape(v)).append(';'));
            return s.append(']').toString();
        }
        return o == null ? "null" : o.getClass().getSimpleName() + ":" + o;
    }
}
