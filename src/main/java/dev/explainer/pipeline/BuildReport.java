package dev.explainer.pipeline;

import dev.explainer.diag.Diagnostic;
import dev.explainer.ingest.IngestReport;
import java.util.List;

/**
 * What a build (or check) did.
 *
 * @param files       files in the built site
 * @param diagnostics warnings and errors from every stage, ingest's included
 */
public record BuildReport(IngestReport ingest, int pages, int stories, int files, List<Diagnostic> diagnostics) {
    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
