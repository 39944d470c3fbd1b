package dev.explainer.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Link labels read in one pass, as CommonMark defines them, instead of by flexmark's backtracking regex. */
class LinearLinkLabelsTest {
    private final Markdown markdown = new Markdown();

    @Test
    void aLabelEndsAtTheFirstUnescapedBracket() {
        assertEquals(5, LinearLinkLabels.labelLength("[abc] x", 0));
        assertEquals(6, LinearLinkLabels.labelLength("[a\\]b] x", 0));
        assertEquals(5, LinearLinkLabels.labelLength("[a\\\\] x", 0));
        assertEquals(0, LinearLinkLabels.labelLength("[a[b] x", 0));
        assertEquals(0, LinearLinkLabels.labelLength("[never closed", 0));
        assertEquals(0, LinearLinkLabels.labelLength("[" + "x".repeat(1000) + "]", 0));
        assertEquals(1001, LinearLinkLabels.labelLength("[" + "x".repeat(999) + "]", 0));
    }

    @Test
    void linksAndReferencesStillWork() {
        assertEquals("<p><a href=\"/a\">one</a> and <a href=\"/b\">two</a></p>\n",
                markdown.render("[one](/a) and [two]\n\n[two]: /b"));
        assertEquals("<p><a href=\"/c\">a]b</a></p>\n", markdown.render("[a\\]b][r]\n\n[r]: /c"));
    }

    @Test
    void backslashesInAnUnclosedLabelTakeLinearTime() {
        // flexmark's own regex took 20 s for 20 pairs of backslashes, and doubled with each pair more
        String pairs = "[" + "\\\\".repeat(5_000) + "a\n\n[b]: /c";
        String escapes = "[" + "\\!".repeat(5_000) + "\n[x]: /y";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            markdown.render(pairs);
            markdown.render(escapes);
        }); // a guard against a hang, not a speed target
    }
}
