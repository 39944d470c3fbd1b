package dev.explainer.eval;

import java.util.List;
import java.util.Map;

/**
 * What a careful reader annotated in one article, by the conventions of ANNOTATION.md: every
 * opening quote mark, every named person, the acronyms the text defines and the relative dates.
 */
record Gold(List<Quote> quotes, List<Person> people, List<Acronym> acronyms, List<Day> dates) {
    Gold {
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        acronyms = List.copyOf(acronyms);
        dates = List.copyOf(dates);
    }

    /** {@code speaker} and {@code speakerType} for direct quotes; {@code attributedTo} for scare quotes, or null. */
    record Quote(String starts, String kind, String speaker, String speakerType, String attributedTo) {
        boolean isDirect() {
            return kind.equals("direct");
        }

        /** A direct quote whose speaker the text names: the ones a speaker can be right for. */
        boolean hasNamedSpeaker() {
            return isDirect() && (speakerType.equals("person") || speakerType.equals("organisation"));
        }
    }

    record Person(String name, String role) {
    }

    record Acronym(String shortForm, String longForm) {
    }

    record Day(String text, String type, String date) {
    }

    @SuppressWarnings("unchecked")
    static Gold of(Map<String, Object> doc) {
        List<Map<String, Object>> quotes = (List<Map<String, Object>>) doc.get("quotes");
        List<Map<String, Object>> people = (List<Map<String, Object>>) doc.get("people");
        List<Map<String, Object>> acronyms = (List<Map<String, Object>>) doc.get("acronyms");
        List<Map<String, Object>> dates = (List<Map<String, Object>>) doc.get("dates");
        return new Gold(
                quotes.stream().map(q -> new Quote(text(q, "starts"), text(q, "kind"), text(q, "speaker"),
                        text(q, "speaker_type"), text(q, "attributed_to"))).toList(),
                people.stream().map(p -> new Person(text(p, "name"), text(p, "role"))).toList(),
                acronyms.stream().map(a -> new Acronym(text(a, "short"), text(a, "long"))).toList(),
                dates.stream().map(d -> new Day(text(d, "text"), text(d, "type"), text(d, "date"))).toList());
    }

    private static String text(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
