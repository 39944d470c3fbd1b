package dev.explainer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A glossary defines terms: a gloss set beside a person's or a place's name is no entry. */
class GlossaryTermsTest {
    private static final Extractor EXTRACTOR = new Extractor();

    private static List<String> terms(String... paragraphs) {
        return EXTRACTOR.extract(new ArticleText("A headline", List.of(paragraphs), LocalDate.of(2024, 5, 1)))
                .glossary().stream().map(g -> g.term() + " = " + g.definition()).toList();
    }

    @Test
    void keepsAGlossOfATerm() {
        assertEquals(List.of("Shiism = a branch of Islam practised in Iran"),
                terms("Their animosity toward Shiism — a branch of Islam practised in Iran — raised alarm."));
    }

    @Test
    void givesNoEntryToAPlaceOrAPerson() {
        assertEquals(List.of(), terms(
                "The company moved to Calgary — a city in Alberta — last year.",
                "Mr Asante-Boateng, a second-year engineering student at King’s College London, died in hospital.",
                "Kwame Asante-Boateng was 20."));
    }
}
