package dev.explainer.eval;

import dev.explainer.extract.Extraction;
import dev.explainer.extract.Extractor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scores of one part of the development set, summed over its articles, with every disagreement. */
record Evaluation(String title, int articles, Map<String, Score> scores, List<Miss> misses, Map<String, int[]> rules) {

    static Evaluation of(String title, List<DevSet.Case> cases, Extractor extractor) {
        Map<String, Score> totals = new LinkedHashMap<>();
        Scorer.CATEGORIES.forEach(c -> totals.put(c, new Score(c, 0, 0, 0)));
        List<Miss> misses = new ArrayList<>();
        Map<String, int[]> rules = new java.util.TreeMap<>();
        for (DevSet.Case c : cases) {
            Extraction raw = extractor.extract(c.article());
            Scorer s = new Scorer(c.name(), c.gold(), raw.published());
            s.scores.forEach(score -> totals.merge(score.category(), score, Score::plus));
            misses.addAll(s.misses);
            new Scorer(c.name(), c.gold(), raw).rules.forEach(r -> rules.computeIfAbsent(r.getKey(), k -> new int[2])[r.getValue() ? 0 : 1]++);
        }
        return new Evaluation(title, cases.size(), totals, misses, rules);
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

    /** How often each way of finding a speaker was right: what the confidence of each should be. */
    String ruleTable() {
        List<String> lines = new ArrayList<>();
        lines.add("| quote speaker or date found by (published or not) | right | wrong |");
        lines.add("| --- | ---: | ---: |");
        rules.forEach((rule, n) -> lines.add("| " + rule + " | " + n[0] + " | " + n[1] + " |"));
        lines.add("");
        return String.join("\n", lines);
    }

    /** Every disagreement, category by category, for a person to read. */
    String errors() {
        List<String> lines = new ArrayList<>();
        lines.add("## " + title + ": every disagreement with the annotation");
        lines.add("");
        lines.add(ruleTable());
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
