package dev.explainer.pipeline;

import dev.explainer.diag.Diagnostic;
import dev.explainer.ingest.IngestReport;
import java.util.List;
import java.util.Set;

/**
 * What a build (or check) did.
 *
 * @param files       files in the built site
 * @param changed     the site's files this build wrote or deleted (empty for a check)
 * @param diagnostics warnings and errors from every stage, ingest's included
 * @param timings     wall time of each stage, in the order they ran
 */
public record BuildReport(IngestReport ingest, int pages, int stories, int files, Set<String> changed,
                          List<Diagnostic> diagnostics, List<Timing> timings) {
    public BuildReport {
        changed = Set.copyOf(changed);
        diagnostics = List.copyOf(diagnostics);
        timings = List.copyOf(timings);
    }

    /** How long one stage took, for --verbose. */
    public record Timing(String stage, long millis) {
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
