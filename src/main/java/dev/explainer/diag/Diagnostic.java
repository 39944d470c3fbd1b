package dev.explainer.diag;

import java.util.Comparator;

/** One problem in one file, printed GNU style so editors can jump to it: {@code path:line: error: message}. */
public record Diagnostic(Severity severity, SourcePos pos, String message, String hint) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::pos)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        if (severity == null || pos == null || message == null) {
            throw new IllegalArgumentException("severity, pos and message are required");
        }
    }

    public static Diagnostic error(SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, pos, message, null);
    }

    public static Diagnostic warning(SourcePos pos, String message) {
        return new Diagnostic(Severity.WARNING, pos, message, null);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, pos, message, newHint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String format() {
        String line = pos + ": " + severity.label() + ": " + message;
        return hint == null ? line : line + "\n  hint: " + hint;
    }
}
