package dev.explainer.pipeline;

import dev.explainer.content.LeftOut;
import dev.explainer.diag.Diagnostic;
import dev.explainer.ingest.IngestReport;
import java.util.List;

/**
 * What a build (or check) did.
 *
 * @param files       files in the built site
 * @param diagnostics warnings and errors from every stage, ingest's included
 * @param timings     wall time of each stage, in the order they ran
 * @param leftOut     content pages not published now: drafts, scheduled and expired pages
 */
public record BuildReport(IngestReport ingest, int pages, int stories, int files, List<Diagnostic> diagnostics,
                          List<Timing> timings, List<LeftOut> leftOut) {
    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
        timings = List.copyOf(timings);
        leftOut = List.copyOf(leftOut);
    }

    /** How long one stage took, for --verbose. */
    public record Timing(String stage, long millis) {
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
