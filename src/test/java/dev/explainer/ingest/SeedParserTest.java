package dev.explainer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedParserTest {

    private static SeedParser.Result parse(String raw) {
        SeedText.Decoded d = SeedText.decode("seeds/a.txt", raw.getBytes(StandardCharsets.UTF_8));
        return SeedParser.parse("seeds/a.txt", "sha256:0", d.text().orElseThrow(), List.of());
    }

    private static Article article(String raw) {
        return parse(raw).article().orElseThrow();
    }

    @Test
    void readsHeadlineKickerAndParagraphs() {
        Article a = article("Iraq crisis: Iran, US join fight\n\n\nExtended coverage: Iraq crisis\n\nFirst para.\n\n\nSecond “quoted,” he said.\n");
        assertEquals("Iraq crisis: Iran, US join fight", a.title());
        assertEquals("Iraq crisis", a.story());
        assertEquals(List.of("First para.", "Second “quoted,” he said."), a.paragraphs());
        assertEquals("iraq-crisis-iran-us-join-fight", a.slug());
        assertEquals("First para.", a.summary());
    }

    @Test
    void cleansBomCrlfNonBreakingAndTrailingSpaces() {
        Article a = article("\uFEFFHeadline here  \r\n\r\nExtended coverage: Story\u00A0one\r\n\r\nText\u00A0with nbsp.   \r\nwrapped line\r\n");
        assertEquals("Headline here", a.title());
        assertEquals("Story one", a.story());
        assertEquals(List.of("Text with nbsp. wrapped line"), a.paragraphs());
    }

    @Test
    void articleWithoutKickerHasNoStory() {
        Article a = article("Weather bulletin\n\nStorms expected.\n");
        assertNull(a.story());
        assertEquals(List.of("Storms expected."), a.paragraphs());
    }

    @Test
    void readsMetadataHeaderAboveHeadline() {
        Article a = article("Date: 2014-06-14\nAuthor: Jane Doe\nSource: AFP\n\nHeadline\n\nBody.\n");
        assertEquals(LocalDate.of(2014, 6, 14), a.date());
        assertEquals("Jane Doe", a.author());
        assertEquals("AFP", a.source());
        assertEquals("Headline", a.title());
    }

    @Test
    void readsWireDatelineWithAgencyAndYear() {
        Article a = article("Headline\n\nBAGHDAD, June 14, 2014 (AFP) - Fighting raged on.\n");
        assertEquals("BAGHDAD, June 14, 2014 (AFP)", a.dateline());
        assertEquals("AFP", a.source());
        assertEquals(LocalDate.of(2014, 6, 14), a.date());
        assertEquals("BAGHDAD, June 14, 2014 (AFP) - Fighting raged on.", a.paragraphs().get(0));
    }

    @Test
    void readsDatelinesWithoutADay() {
        for (String[] c : new String[][] {
            {"LONDON - Fighting raged on.", "LONDON", null},
            {"HALIFAX — Fighting raged on.", "HALIFAX", null},
            {"BUDAPEST (AFP) - Fighting raged on.", "BUDAPEST (AFP)", "AFP"},
            {"GUAYAQUIL, Ecuador (AFP) - Fighting raged on.", "GUAYAQUIL, Ecuador (AFP)", "AFP"},
            {"NEW YORK (Reuters) – Fighting raged on.", "NEW YORK (Reuters)", "Reuters"},
        }) {
            Article a = article("Date: 2014-06-14\n\nHeadline\n\n" + c[0] + "\n");
            assertEquals(c[1], a.dateline(), c[0]);
            assertEquals(c[2], a.source(), c[0]);
            assertEquals("Fighting raged on.", a.summary(), c[0]);
        }
    }

    @Test
    void aLedeThatOpensWithAnAcronymHasNoDateline() {
        Article a = article("Date: 2014-06-14\n\nHeadline\n\nUS - China talks resumed.\n");
        assertNull(a.dateline());
        assertEquals("US - China talks resumed.", a.summary());
    }

    @Test
    void datelineWithoutYearLeavesArticleUndatedWithHint() {
        SeedParser.Result r = parse("Headline\n\nBAGHDAD, June 14 (AFP) - Fighting raged on.\n");
        Article a = r.article().orElseThrow();
        assertNull(a.date());
        assertEquals("AFP", a.source());
        Diagnostic w = r.diagnostics().get(0);
        assertEquals("seeds/a.txt:1: warning: no date; the article is shown as undated\n"
                + "  hint: the dateline 'BAGHDAD, June 14 (AFP)' has no year; add a 'Date: YYYY-MM-DD' line above the headline",
                w.format());
    }

    @Test
    void bylineParagraphBecomesAuthor() {
        Article a = article("Headline\n\nExtended coverage: X\n\nBy Tomas Reyl\n\nBody.\n");
        assertEquals("Tomas Reyl", a.author());
        assertEquals(List.of("Body."), a.paragraphs());
    }

    @Test
    void sidecarOverridesHeader() {
        SeedText.Decoded d = SeedText.decode("seeds/a.txt", "Date: 2014-06-14\n\nHeadline\n\nBody.\n".getBytes(StandardCharsets.UTF_8));
        var meta = List.of(new MetaField("date", "2014-06-20", new dev.explainer.diag.SourcePos("seeds/a.yaml", 1)));
        Article a = SeedParser.parse("seeds/a.txt", "h", d.text().orElseThrow(), meta).article().orElseThrow();
        assertEquals(LocalDate.of(2014, 6, 20), a.date());
    }

    @Test
    void unreadableDateIsAnErrorAtItsLine() {
        SeedParser.Result r = parse("Date: soon\n\nHeadline\n\nBody.\n");
        assertTrue(r.article().isEmpty());
        assertEquals("seeds/a.txt:1: error: cannot read date 'soon'", r.diagnostics().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void kickerOnFirstLineMeansNoHeadline() {
        SeedParser.Result r = parse("\n\nExtended coverage: Iraq crisis\n\nBody.\n");
        assertTrue(r.article().isEmpty());
        assertEquals("seeds/a.txt:3: error: no headline: the first line is the kicker 'Extended coverage: Iraq crisis'",
                r.diagnostics().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void longSlugsAreCutAtAWordBoundary() {
        String headline = "word ".repeat(40).strip();
        Article a = article(headline + "\n\nBody.\n");
        assertTrue(a.slug().length() <= 80, a.slug());
        assertTrue(a.slug().endsWith("word"));
    }

    @Test
    void acceptsCommonDateForms() {
        assertEquals(LocalDate.of(2014, 6, 14), Dates.parse("June 14, 2014").orElseThrow());
        assertEquals(LocalDate.of(2014, 6, 14), Dates.parse("14 June 2014").orElseThrow());
        assertEquals(LocalDate.of(2014, 6, 14), Dates.parse("2014-06-14T09:30:00Z").orElseThrow());
        assertEquals(LocalDate.of(2014, 6, 14), Dates.parse("Saturday, June 14, 2014").orElseThrow());
        assertTrue(Dates.parse("June 31, 2014").isEmpty());
    }

    @Test
    void slugHeaderIsSluggedAndMustHaveLetters() {
        assertEquals("x", article("Slug: X\n\nHeadline\n\nBody.\n").slug());
        assertEquals("seeds/a.txt:1: error: slug '' has no letters or digits",
                parse("Slug:\n\nHeadline\n\nBody.\n").diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow().format());
    }

    @Test
    void headlineOfOnlyPunctuationTakesTheFileName() {
        assertEquals("a", article("— … —\n\nBody.\n").slug());
    }
}
