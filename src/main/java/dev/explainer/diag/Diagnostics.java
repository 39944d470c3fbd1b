package dev.explainer.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one stage run; thread-safe so parallel rendering can report into it. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public synchronized void addAll(List<Diagnostic> ds) {
        items.addAll(ds);
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** Sorted, duplicates removed (a template error hit by many pages is reported once). */
    public synchronized List<Diagnostic> list() {
        return items.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }

    /** Throws with everything collected so far when any error was reported. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new BuildException(list());
        }
    }
}
