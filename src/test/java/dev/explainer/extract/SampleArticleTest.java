package dev.explainer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seed article from the issue, behaviour by behaviour. */
class SampleArticleTest {
    private static final Extraction SAMPLE = new Extractor().extract(Articles.sample());

    private static Optional<Entity> entity(String id) {
        return SAMPLE.entities().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static Quote quoteStarting(String start) {
        return SAMPLE.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + SAMPLE.quotes()));
    }

    @Test
    void findsRouhaniWithRoleAndMergesSurnameMentions() {
        Entity rouhani = entity("hassan-rouhani").orElseThrow();
        assertEquals(EntityKind.PERSON, rouhani.kind());
        assertEquals("President", rouhani.role());
        assertEquals(List.of("Rouhani"), rouhani.aliases());
        assertTrue(rouhani.mentions() >= 5, "mentions " + rouhani.mentions());
    }

    @Test
    void keepsCountryQualifierInObamasRole() {
        assertEquals("US President", entity("barack-obama").orElseThrow().role());
    }

    @Test
    void treatsAlAsParticleOfMalikisSurname() {
        Entity maliki = entity("nuri-al-maliki").orElseThrow();
        assertEquals("Nuri al-Maliki", maliki.name());
        assertEquals("Prime Minister", maliki.role());
    }

    @Test
    void findsPlacesAndTheGuardian() {
        for (String place : List.of("iraq", "iran", "syria", "tehran", "diyala", "washington")) {
            assertEquals(EntityKind.PLACE, entity(place).orElseThrow(() -> new AssertionError(place)).kind(), place);
        }
        Entity guardian = entity("guardian").orElseThrow();
        assertEquals(EntityKind.ORGANISATION, guardian.kind());
        assertEquals("The Guardian", guardian.name());
    }

    @Test
    void doesNotTurnDemonymsIntoEntities() {
        assertTrue(entity("iranian").isEmpty());
        assertTrue(entity("american").isEmpty());
        assertTrue(entity("iraqi").isEmpty());
    }

    @Test
    void definesIsisFromParenthesis() {
        assertTrue(SAMPLE.glossary().stream().anyMatch(g -> g.term().equals("ISIS")
                && g.definition().equals("Islamic State of Iraq and Syria") && g.acronym()));
        assertEquals(EntityKind.ORGANISATION, entity("isis").orElseThrow().kind());
    }

    @Test
    void definesShiismFromDashGloss() {
        assertTrue(SAMPLE.glossary().stream().anyMatch(g -> g.term().equals("Shiism")
                && g.definition().equals("a branch of Islam overwhelmingly practised in Iran") && !g.acronym()));
    }

    @Test
    void findsExactlyTheFourKeyQuotes() {
        assertEquals(4, SAMPLE.quotes().size(), SAMPLE.quotes().toString());
    }

    @Test
    void attributesQuotesWithSaidAfterToRouhani() {
        assertEquals("hassan-rouhani", quoteStarting("If we see that").speaker());
        assertEquals("hassan-rouhani", quoteStarting("We have said that").speaker());
    }

    @Test
    void attributesPronounQuoteToLastNamedSpeaker() {
        assertEquals("barack-obama", quoteStarting("We will not be sending").speaker());
        assertEquals("hassan-rouhani", quoteStarting("No specific request").speaker());
    }

    @Test
    void dropsTrailingCommaButKeepsInnerPunctuation() {
        Quote q = quoteStarting("If we see that");
        assertTrue(q.text().endsWith("think about it"), q.text());
        assertEquals(3, q.paragraph());
    }

    @Test
    void ignoresScareQuotes() {
        assertFalse(SAMPLE.quotes().stream().anyMatch(q -> q.text().contains("terrorism.") && q.text().length() < 20));
    }

    @Test
    void resolvesWeekdaysAgainstArticleDate() {
        DateRef friday = SAMPLE.dates().stream().filter(d -> d.text().equals("On Friday")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2014, 6, 13), friday.date());
        assertTrue(friday.sentence().contains("Barack Obama"));
        DateRef monday = SAMPLE.dates().stream().filter(d -> d.text().equals("on Monday")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2014, 6, 9), monday.date());
    }

    @Test
    void sortsEntitiesByKindThenId() {
        List<Entity> sorted = SAMPLE.entities().stream()
                .sorted(java.util.Comparator.comparing(Entity::kind).thenComparing(Entity::id)).toList();
        assertEquals(sorted, SAMPLE.entities());
    }

    @Test
    void isDeterministic() {
        assertEquals(SAMPLE, new Extractor().extract(Articles.sample()));
    }
}
