package dev.explainer.extract;

/** A word of a paragraph with its character offsets. */
record Token(String text, int start, int end) {
    boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
