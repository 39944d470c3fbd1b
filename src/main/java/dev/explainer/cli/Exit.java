package dev.explainer.cli;

import dev.explainer.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** The exit code for a finished run: 1 when errors (or, with --strict, warnings) were reported. */
final class Exit {
    private Exit() {
    }

    static int of(List<Diagnostic> diags, boolean strict, PrintWriter err) {
        long errors = Report.errors(diags);
        long warnings = Report.warnings(diags);
        if (errors > 0) {
            err.println("error: " + Report.count(errors, "error") + " (see above)");
            return 1;
        }
        if (strict && warnings > 0) {
            err.println("error: " + Report.count(warnings, "warning") + " with --strict");
            return 1;
        }
        return 0;
    }
}
