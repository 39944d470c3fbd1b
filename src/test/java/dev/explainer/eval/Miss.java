package dev.explainer.eval;

/** One disagreement with the annotation: something annotated and not found, or found and wrong. */
record Miss(String file, String category, boolean missed, String what) {
    String line() {
        return "- " + file + " · " + (missed ? "missed" : "wrong") + " · " + what;
    }
}
