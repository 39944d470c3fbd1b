package dev.explainer.eval;

import java.util.Locale;

/** Counts for one evaluation category and the measures derived from them. */
record Score(String category, int expected, int found, int correct) {

    Score plus(Score other) {
        return new Score(category, expected + other.expected, found + other.found, correct + other.correct);
    }

    /** With nothing found there is nothing wrong: precision is 1. */
    double precision() {
        return found == 0 ? 1.0 : (double) correct / found;
    }

    double recall() {
        return expected == 0 ? 1.0 : (double) correct / expected;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |",
                category, expected, found, correct, precision(), recall(), f1());
    }
}
