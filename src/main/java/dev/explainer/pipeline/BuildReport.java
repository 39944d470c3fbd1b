package dev.explainer.pipeline;

import dev.explainer.content.LeftOut;
import dev.explainer.diag.Diagnostic;
import dev.explainer.ingest.IngestReport;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a build (or check) did.
 *
 * @param files       files in the built site
 * @param changed     the site's files this build wrote or deleted (empty for a check)
 * @param diagnostics warnings and errors from every stage, ingest's included
 * @param timings     wall time of each stage, in the order they ran
 * @param leftOut     content pages not published now: drafts, scheduled and expired pages
 * @param stableUntil the first moment the same sources build differently (a page comes out, expires
 *                    or leaves the news sitemap), {@link Instant#MAX} when none
 */
public record BuildReport(IngestReport ingest, int pages, int stories, int files, Set<String> changed,
                          List<Diagnostic> diagnostics, List<Timing> timings, List<LeftOut> leftOut,
                          Instant stableUntil) {
    public BuildReport {
        changed = Set.copyOf(changed);
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
