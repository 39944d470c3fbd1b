package dev.explainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explainer.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * explainer review: what ingest held back or doubted, per article with its sentence; the editor's
 * decisions go to content/review.yaml, show on the page at once and outlast every re-ingest.
 */
class ReviewCommandTest {
    private static final String PAGE = "content/port-dispute/port-talks-stall-over-fees.md";
    /** A quote whose "he" could mean either man, a firm that only speaks, a weekday with no tense to point its way. */
    private static final String SEED = """
            -- seeds/talks.txt --
            Date: 2025-03-07

            Port talks stall over fees

            Extended coverage: Port dispute

            Harbour master Tomas Reyna met union leader Piet Vandam on Friday. Both men left without a deal.

            "We are not going to sign anything that cuts our members' pay," he said.

            Hoare Govett said the talks would resume.

            No ferries on Tuesday.
            """;

    @TempDir
    Path tmp;

    @BeforeEach
    void project() {
        TestFiles.files(tmp, SEED);
    }

    @Test
    void listsWhatWasHeldBackWithItsSentenceAndPublishesNoneOfIt() {
        TestFiles.Run run = TestFiles.run("review", "--project", tmp.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("""
                content/port-dispute/port-talks-stall-over-fees.md (seeds/talks.txt)
                  e73c2f9e3  held back  'Hoare Govett' is a person  (60%)
                            only that it speaks or is spoken of
                            in: Hoare Govett said the talks would resume.
                  q4e621f1f  held back  “We are not going to sign anything that cuts our members' pay” was said by tomas-reyna  (55%)
                            'he' after the quote, the latest speaker, but others named since — Tomas Reyna
                            in: "We are not going to sign anything that cuts our members' pay," he said.
                  d44af6492  held back  'on Tuesday' is 2025-03-04  (60%)
                            no tense word: the one before
                            in: No ferries on Tuesday.
                review: 3 facts held back, 0 doubtful; decide with 'explainer review accept|reject ID...' or \
                'explainer review set ID VALUE'
                """, run.out());
        String page = TestFiles.read(tmp.resolve(PAGE));
        assertFalse(page.contains("id: hoare-govett"), "a name held back has no entity");
        assertFalse(page.contains("speaker: tomas-reyna"), "a speaker held back is not published");
    }

    @Test
    void anAcceptedSpeakerIsPublishedAndOutlastsAForcedReingest() {
        TestFiles.Run accept = TestFiles.run("review", "accept", "q4e621f1f", "--project", tmp.toString());
        assertEquals(0, accept.code(), accept.err());
        assertEquals("review: accepted q4e621f1f (kept in content/review.yaml); 2 facts still open\n", accept.out());
        assertTrue(TestFiles.read(tmp.resolve("content/review.yaml")).endsWith("""
                seeds/talks.txt:
                  q4e621f1f: accept
                """));
        assertTrue(TestFiles.read(tmp.resolve(PAGE)).contains("  - speaker: tomas-reyna\n"));
        assertEquals(0, TestFiles.run("ingest", "--force", "--project", tmp.toString()).code());
        assertTrue(TestFiles.read(tmp.resolve(PAGE)).contains("  - speaker: tomas-reyna\n"), "the decision survives re-ingest");
    }

    @Test
    void aCorrectionAndARejectionApplyToTheirFactsOnly() {
        assertEquals(0, TestFiles.run("review", "set", "q4e621f1f", "Piet Vandam", "--project", tmp.toString()).code());
        assertEquals(0, TestFiles.run("review", "set", "e73c2f9e3", "organisation", "--project", tmp.toString()).code());
        assertEquals(0, TestFiles.run("review", "set", "d44af6492", "2025-03-11", "--project", tmp.toString()).code());
        String page = TestFiles.read(tmp.resolve(PAGE));
        assertTrue(page.contains("  - speaker: piet-vandam\n"), page);
        assertTrue(page.contains("organisations:\n  - id: hoare-govett\n"), page);
        assertTrue(page.contains("  - when: on Tuesday\n    date: 2025-03-11\n"), page);
        TestFiles.Run list = TestFiles.run("review", "--project", tmp.toString());
        assertEquals("review: 0 facts held back, 0 doubtful\n", list.out());
        assertEquals(0, TestFiles.run("build", "-q", "--project", tmp.toString()).code());
    }

    @Test
    void aRejectedNameGetsNoPageAndLeavesTheList() {
        assertEquals(0, TestFiles.run("review", "reject", "e73c2f9e3", "--project", tmp.toString()).code());
        assertFalse(TestFiles.read(tmp.resolve(PAGE)).contains("hoare-govett"));
        TestFiles.Run list = TestFiles.run("review", "--held", "--project", tmp.toString());
        assertFalse(list.out().contains("e73c2f9e3"), list.out());
        assertTrue(list.out().endsWith("review: 2 facts held back, 0 doubtful; decide with 'explainer review accept|reject ID...'"
                + " or 'explainer review set ID VALUE'\n"), list.out());
    }

    @Test
    void aDecisionThatCannotApplyIsAnErrorAndChangesNothing() {
        TestFiles.Run badDate = TestFiles.run("review", "set", "d44af6492", "next week", "--project", tmp.toString());
        assertEquals(1, badDate.code());
        assertEquals("""
                content/port-dispute/port-talks-stall-over-fees.md: error: 'next week' cannot be the date of 'd44af6492'
                  hint: a date is written YYYY-MM-DD, like 2014-06-12
                error: 1 error (see above)
                """, badDate.err());
        TestFiles.Run unknown = TestFiles.run("review", "accept", "q00000000", "--project", tmp.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().startsWith("content/review.yaml: error: no page lists a fact 'q00000000' to decide on\n"),
                unknown.err());
        assertFalse(tmp.resolve("content/review.yaml").toFile().exists());
    }
}
