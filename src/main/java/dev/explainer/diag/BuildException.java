package dev.explainer.diag;

import java.util.List;

/** A stage failed; carries every diagnostic it collected (errors and warnings), in order. */
public final class BuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public BuildException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** "3 errors", or "3 errors and 1 warning": the count that closes a failed run's report. */
    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        String count = errors + (errors == 1 ? " error" : " errors");
        return warnings == 0 ? count : count + " and " + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
