package dev.explainer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The extractor must never throw, whatever the text. */
class RobustnessTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final String[] PIECES = {
        "“", "”", "\"", "(", ")", " — ", ", ", ". ", ": ", "’s ", " said", " he said", " Rouhani", " President ",
        " Hassan Rouhani", " al-", " bin ", " van ", " on Friday", " June 31", " last week", " ISIS", " (ISIS)", "\n",
        " the", " Iraq", "  ", "é", "\u0000", "a", "Z", "1", " -- ", " de la ", " Mr ", " US President "};

    @Test
    void survivesRandomPunctuationSoup() {
        Random random = new Random(42);
        for (int n = 0; n < 500; n++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = random.nextInt(5); p >= 0; p--) {
                StringBuilder sb = new StringBuilder();
                for (int k = random.nextInt(40); k >= 0; k--) {
                    sb.append(PIECES[random.nextInt(PIECES.length)]);
                }
                paragraphs.add(sb.toString());
            }
            LocalDate date = random.nextBoolean() ? LocalDate.of(2014, 6, 14) : null;
            assertNotNull(EXTRACTOR.extract(new ArticleText("T", paragraphs, date)));
        }
    }

    @Test
    void handlesEmptyAndBlankInput() {
        Extraction x = EXTRACTOR.extract(new ArticleText(null, List.of("", "   ", "“", "”"), null));
        assertEquals(List.of(), x.quotes());
        assertNotNull(EXTRACTOR.extract(new ArticleText("", List.of(), null)));
    }

    @Test
    void keepsUnknownDatesAsTextWithoutDate() {
        Extraction x = EXTRACTOR.extract(new ArticleText("", List.of("Talks resumed on Friday."), null));
        assertEquals(1, x.dates().size());
        assertEquals(null, x.dates().get(0).date());
    }

    @Test
    void handlesTenMegabyteParagraphsInLinearTime() {
        String unit = "President Hassan Rouhani said “we will (ISIS) help” on Friday. Their “terrorism.” ";
        String huge = unit.repeat(10_000_000 / unit.length());
        String opens = "“(".repeat(5_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertNotNull(EXTRACTOR.extract(new ArticleText("", List.of(huge), LocalDate.of(2014, 6, 14))));
            assertNotNull(EXTRACTOR.extract(new ArticleText("", List.of(opens), null)));
        });
    }
}
