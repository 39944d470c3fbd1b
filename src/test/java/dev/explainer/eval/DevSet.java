package dev.explainer.eval;

import dev.explainer.extract.ArticleText;
import dev.explainer.ingest.Article;
import dev.explainer.ingest.SeedParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The annotated development set listed in eval/index.txt: Reuters-21578 wires (annotations only,
 * the text fetched at test time), articles written for it and the earlier invented cases, each in
 * the part that is tuned on or the part that is only scored.
 */
final class DevSet {
    enum Part { TUNE, SCORE }

    /** One line of the index: its part and the annotation file under eval/. */
    record Entry(Part part, String path) {
        boolean isWire() {
            return path.startsWith("wires/");
        }

        String wireId() {
            return path.substring("wires/".length(), path.length() - ".yaml".length());
        }
    }

    record Case(String name, Part part, ArticleText article, Gold gold) {
    }

    private DevSet() {
    }

    static List<Entry> index() {
        List<Entry> entries = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                String[] parts = l.split("\\s+");
                entries.add(new Entry(Part.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)), parts[1]));
            }
        }
        return entries;
    }

    /** Every case of {@code part}; {@code wires} gives a wire's text by id, or null to leave that wire out. */
    static List<Case> load(Part part, Function<String, ArticleText> wires) {
        List<Case> cases = new ArrayList<>();
        for (Entry e : index()) {
            if (e.part() != part) {
                continue;
            }
            Map<String, Object> doc = yaml(resource(e.path()));
            ArticleText article = e.isWire() ? wires.apply(e.wireId()) : seed(e.path(), String.valueOf(doc.get("seed")));
            if (article != null) {
                cases.add(new Case(e.path(), part, article, Gold.of(doc)));
            }
        }
        return cases;
    }

    /** A written article goes through the seed parser, as ingest reads it. */
    private static ArticleText seed(String annotation, String seed) {
        String path = annotation.substring(0, annotation.lastIndexOf('/') + 1) + seed;
        SeedParser.Result r = SeedParser.parse("eval/" + path, "", resource(path), List.of());
        Article a = r.article().orElseThrow(() -> new IllegalStateException("eval/" + path + ": " + r.diagnostics()));
        LocalDate date = a.date();
        return new ArticleText(a.title(), a.paragraphs(), date);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    static String resource(String path) {
        try (InputStream in = DevSet.class.getResourceAsStream("/eval/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource eval/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
