package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints articles per second over the invented evaluation articles, repeated; run with the test
 * classpath. It asserts nothing: timings belong in benchmarks, not tests.
 */
final class ExtractorBench {
    private ExtractorBench() {
    }

    public static void main(String[] args) {
        List<ArticleText> articles = new ArrayList<>();
        EvalSet.load(false, id -> null).forEach(c -> articles.add(c.article()));
        Extractor extractor = new Extractor();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long checksum = 0;
        for (int warmup = 0; warmup < rounds / 3; warmup++) {
            for (ArticleText a : articles) {
                checksum += extractor.extract(a).entities().size();
            }
        }
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (ArticleText a : articles) {
                checksum += extractor.extract(a).entities().size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int done = rounds * articles.size();
        System.out.printf(Locale.ROOT, "%d articles in %.2f s: %.0f articles/s single-threaded (checksum %d)%n",
                done, seconds, done / seconds, checksum);
    }
}
