package dev.explainer.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.explainer.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * A seed and its sidecar, any bytes at all: the parser gives an article or an error naming the
 * file, and never throws. Run with JAZZER_FUZZ=1 to fuzz (.ci/run does, for a bounded time);
 * otherwise the inputs in SeedFuzzTestInputs/ are run as regression cases.
 */
class SeedFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void anySeedGivesAnArticleOrAnError(FuzzedDataProvider data) {
        String yaml = data.consumeString(200);
        byte[] seed = data.consumeRemainingAsBytes();
        List<Diagnostic> diags = new ArrayList<>();
        List<MetaField> sidecar = Sidecar.read("seeds/f.yaml", yaml, diags);
        SeedText.Decoded text = SeedText.decode("seeds/f.txt", seed);
        if (text.text().isEmpty()) {
            assertTrue(text.error().orElseThrow().isError());
            return;
        }
        SeedParser.Result r = SeedParser.parse("seeds/f.txt", "sha256:0", text.text().get(), sidecar);
        assertTrue(r.article().isPresent() || r.diagnostics().stream().anyMatch(Diagnostic::isError), r.diagnostics().toString());
        r.diagnostics().forEach(d -> assertTrue(d.pos().path().startsWith("seeds/f."), d.format()));
    }
}
