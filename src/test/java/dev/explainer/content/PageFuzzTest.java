package dev.explainer.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.explainer.diag.Diagnostic;
import java.time.ZoneOffset;

/**
 * A content page, any text at all (most of the time behind a '---' line, so the fuzzer spends its
 * time in the front matter): the reader gives a page or an error at the file, and never throws.
 */
class PageFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void anyPageGivesAPageOrAnError(FuzzedDataProvider data) {
        String text = (data.consumeBoolean() ? "---\n" : "") + data.consumeRemainingAsString();
        PageReader.Result r = PageReader.read("content/f.md", text, ZoneOffset.UTC, s -> s);
        assertTrue(r.page().isPresent() || r.diagnostics().stream().anyMatch(Diagnostic::isError), r.diagnostics().toString());
        r.diagnostics().forEach(d -> assertTrue(d.pos().path().equals("content/f.md"), d.format()));
    }
}
