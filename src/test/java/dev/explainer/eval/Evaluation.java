package dev.explainer.eval;

import dev.explainer.extract.Extraction;
import dev.explainer.extract.Extractor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scores of one part of the development set, summed over its articles, with every disagreement. */
record Evaluation(String title, int articles, Map<String, Score> scores, List<Miss> misses) {

    static Evaluation of(String title, List<DevSet.Case> cases, Extractor extractor) {
        Map<String, Score> totals = new LinkedHashMap<>();
        Scorer.CATEGORIES.forEach(c -> totals.put(c, new Score(c, 0, 0, 0)));
        List<Miss> misses = new ArrayList<>();
        for (DevSet.Case c : cases) {
            Extraction x = extractor.extract(c.article()).published();
            Scorer s = new Scorer(c.name(), c.gold(), x);
            s.scores.forEach(score -> totals.merge(score.category(), score, Score::plus));
            misses.addAll(s.misses);
        }
        return new Evaluation(title, cases.size(), totals, misses);
    }

    Score score(String category) {
        return scores.get(category);
    }

    String table() {
        List<String> lines = new ArrayList<>();
        lines.add("### " + title + " (" + articles + " articles)");
        lines.add("");
        lines.add("| category | expected | found | correct | precision | recall | F1 |");
        lines.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        scores.values().forEach(s -> lines.add(s.row()));
        lines.add("");
        return String.join("\n", lines);
    }

    /** Every disagreement, category by category, for a person to read. */
    String errors() {
        List<String> lines = new ArrayList<>();
        lines.add("## " + title + ": every disagreement with the annotation");
        for (String category : Scorer.CATEGORIES) {
            List<Miss> mine = misses.stream().filter(m -> m.category().equals(category)).toList();
            lines.add("");
            lines.add("### " + category + " (" + mine.size() + ")");
            lines.add("");
            mine.forEach(m -> lines.add(m.line()));
        }
        lines.add("");
        return String.join("\n", lines);
    }
}
