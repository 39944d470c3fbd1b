package dev.explainer.ingest;

import dev.explainer.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one ingest run did.
 *
 * @param written   content pages created or regenerated
 * @param unchanged pages already up to date
 * @param kept      pages edited by hand and therefore left alone
 * @param pending   in a dry run, the text of each page that would be written (else empty)
 * @param removed   pages that were (or in a dry run, would be) removed because their article moved
 */
public record IngestReport(List<String> written, int unchanged, List<String> kept, List<Diagnostic> diagnostics,
                           Map<String, String> pending, Set<String> removed) {
    public IngestReport {
        written = List.copyOf(written);
        kept = List.copyOf(kept);
        diagnostics = List.copyOf(diagnostics);
        pending = Map.copyOf(pending);
        removed = Set.copyOf(removed);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
