package dev.explainer.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.io.IOException;
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

/** The front matter laid out by hand is, byte for byte, what snakeyaml-engine writes. */
class FrontMatterWriterTest {
    private final FrontMatterWriter writer = new FrontMatterWriter();

    @Test
    void everyGeneratedPageOfTheSampleAndGoldenNewsroomIsLaidOutAsSnakeyamlWritesIt() throws IOException {
        List<Path> pages;
        try (Stream<Path> a = Files.walk(Path.of("content")); Stream<Path> b = Files.walk(TestFiles.resource("golden/newsroom/expected"))) {
            pages = Stream.concat(a, b).filter(p -> p.toString().endsWith(".md")).toList();
        }
        int laidOut = 0;
        for (Path page : pages) {
            String text = Files.readString(page);
            if (!text.startsWith("---\n")) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(text.substring(4, text.indexOf("\n---\n", 3) + 1));
            String mine = writer.laidOut(fields);
            if (mine != null) {
                laidOut++;
                assertEquals(writer.snakeyaml(fields), mine, page.toString());
            }
        }
        assertTrue(laidOut >= 5, "the usual pages take the fast way: " + laidOut);
    }

    /** Random documents of the shapes ingest writes, over text full of YAML's special cases. */
    @Test
    void randomDocumentsAreWrittenAsSnakeyamlWritesThem() {
        String[] pieces = {"a", "Z", "é", "’", "“", "—", " ", " ", ":", ": ", " #", "#", "-", "- ", "?", "? ", "'", "\"",
            "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "\t", "\n", "0", "7", ".", "e", "true", "null",
            "false", "~", "$", "2014-06-14", "1.5", "-3", ".inf", "---", "...", "\u0085", "\u2028", "\uFEFF", "😀", "\uD800",
            "Rouhani", "ISIS", "x".repeat(130)};
        Random random = new Random(42);
        int laidOut = 0;
        for (int run = 0; run < 20_000; run++) {
            Map<String, Object> doc = new LinkedHashMap<>();
            int fields = 1 + random.nextInt(4);
            for (int f = 0; f < fields; f++) {
                String key = random.nextInt(10) == 0 ? text(random, pieces) : "k" + f;
                doc.put(key, switch (random.nextInt(4)) {
                    case 0 -> strings(random, pieces);
                    case 1 -> maps(random, pieces);
                    default -> text(random, pieces);
                });
            }
            String mine = writer.laidOut(doc);
            if (mine != null) {
                laidOut++;
                assertEquals(writer.snakeyaml(doc), mine, doc.toString());
            }
            assertEquals(writer.snakeyaml(doc), writer.write(doc));
        }
        assertTrue(laidOut > 1_000, "a good share is laid out by hand: " + laidOut);
    }

    @Test
    void aQuotedHeadlineIsSingleQuotedAsSnakeyamlDoes() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", "Iraq crisis: Iran’s ‘offer’ isn't new");
        doc.put("date", "2014-06-14");
        doc.put("count", "2014");
        String mine = writer.laidOut(doc);
        assertNotNull(mine);
        assertEquals("title: 'Iraq crisis: Iran’s ‘offer’ isn''t new'\ndate: 2014-06-14\ncount: '2014'\n", mine);
    }

    private static String text(Random random, String[] pieces) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            // mostly ordinary text, so that many documents take the fast way
            s.append(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)] : "word");
            if (random.nextBoolean()) {
                s.append(' ');
            }
        }
        return s.toString().strip().isEmpty() && random.nextBoolean() ? "plain" : s.toString();
    }

    private static List<Object> strings(Random random, String[] pieces) {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            list.add(text(random, pieces));
        }
        return list;
    }

    private static List<Object> maps(Random random, String[] pieces) {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", text(random, pieces));
            if (random.nextBoolean()) {
                m.put("aliases", strings(random, pieces));
            }
            m.put("name", text(random, pieces));
            list.add(m);
        }
        return list;
    }
}
