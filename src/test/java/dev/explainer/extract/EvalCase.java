package dev.explainer.extract;

import java.util.List;

/** One annotated article: its text and what a careful human reader expects to be extracted. */
record EvalCase(String name, ArticleText article, Expected expected) {

    record Person(String name, String role) {
    }

    /** A quote identified by its first words; a null speaker means the speaker is not a named person. */
    record ExpectedQuote(String start, String speaker) {
    }

    record ExpectedDate(String text, String date) {
    }

    record Expected(List<Person> people, List<ExpectedQuote> quotes, List<GlossaryEntry> acronyms,
                    List<ExpectedDate> dates) {
        Expected {
            people = List.copyOf(people);
            quotes = List.copyOf(quotes);
            acronyms = List.copyOf(acronyms);
            dates = List.copyOf(dates);
        }
    }
}
