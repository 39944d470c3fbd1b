package dev.explainer.cli;

import dev.explainer.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics GNU style, errors and warnings (warnings hidden with --quiet). */
final class Report {
    private Report() {
    }

    static void diagnostics(PrintWriter err, List<Diagnostic> diags, boolean quiet) {
        for (Diagnostic d : diags) {
            if (d.isError() || !quiet) {
                err.println(d.format());
            }
        }
    }

    static long errors(List<Diagnostic> diags) {
        return diags.stream().filter(Diagnostic::isError).count();
    }

    static long warnings(List<Diagnostic> diags) {
        return diags.size() - errors(diags);
    }

    static String count(long n, String noun) {
        if (n == 1) {
            return n + " " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
