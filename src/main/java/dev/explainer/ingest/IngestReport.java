package dev.explainer.ingest;

import dev.explainer.diag.Diagnostic;
import java.util.List;

/**
 * What one ingest run did.
 *
 * @param written   content pages created or regenerated
 * @param unchanged pages already up to date
 * @param kept      pages edited by hand and therefore left alone
 */
public record IngestReport(List<String> written, int unchanged, List<String> kept, List<Diagnostic> diagnostics) {
    public IngestReport {
        written = List.copyOf(written);
        kept = List.copyOf(kept);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
