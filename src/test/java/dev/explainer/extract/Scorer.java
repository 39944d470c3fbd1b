package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;

/** Compares one extraction with its annotations, category by category. */
final class Scorer {
    static final List<String> CATEGORIES = List.of("people", "people+role", "quote-speaker", "acronyms", "resolved dates");

    private Scorer() {
    }

    static List<Score> score(EvalCase.Expected expected, Extraction actual) {
        List<Entity> people = actual.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).toList();
        List<GlossaryEntry> acronyms = actual.glossary().stream().filter(g -> isAcronym(g.term())).toList();
        List<DateRef> dates = actual.dates().stream().filter(d -> d.date() != null).toList();
        return List.of(
                match("people", expected.people(), people, (e, a) -> sameName(e.name(), a)),
                match("people+role", expected.people(), people,
                        (e, a) -> sameName(e.name(), a) && Objects.equals(lower(e.role()), lower(a.role()))),
                match("quote-speaker", expected.quotes(), actual.quotes(), Scorer::sameQuote),
                match("acronyms", expected.acronyms(), acronyms, GlossaryEntry::equals),
                match("resolved dates", expected.dates(), dates, Scorer::sameDate));
    }

    /** Each expected item may claim at most one found item, so duplicates are counted honestly. */
    private static <E, A> Score match(String category, List<E> expected, List<A> found, BiPredicate<E, A> same) {
        List<A> unclaimed = new ArrayList<>(found);
        int correct = 0;
        for (E e : expected) {
            for (int k = 0; k < unclaimed.size(); k++) {
                if (same.test(e, unclaimed.get(k))) {
                    unclaimed.remove(k);
                    correct++;
                    break;
                }
            }
        }
        return new Score(category, expected.size(), found.size(), correct);
    }

    private static boolean sameName(String expected, Entity actual) {
        return Slugs.entityId(expected).equals(actual.id());
    }

    private static boolean sameQuote(EvalCase.ExpectedQuote e, Quote a) {
        String speaker = e.speaker() == null ? null : Slugs.entityId(e.speaker());
        return normalise(a.text()).startsWith(normalise(e.start())) && Objects.equals(speaker, a.speaker());
    }

    private static boolean sameDate(EvalCase.ExpectedDate e, DateRef a) {
        return stripOn(e.text()).equals(stripOn(a.text())) && e.date().equals(a.date().toString());
    }

    private static String stripOn(String text) {
        String t = lower(text).strip();
        return t.startsWith("on ") ? t.substring(3) : t;
    }

    private static String normalise(String text) {
        return text.replace('’', '\'').replaceAll("\\s+", " ").strip();
    }

    private static boolean isAcronym(String term) {
        return term.indexOf(' ') < 0 && term.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
