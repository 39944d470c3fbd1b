package dev.explainer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Glosses a writer sets off after a capitalised term: "Shiism — a branch of Islam ... —" or the
 * apposition "Diyala, a province north of Baghdad,". Only definitions opening with "a", "an" or
 * "the" count, which keeps ordinary dashes and lists out.
 */
final class GlossFinder {
    private static final String TERM = "((?:[\\p{Lu}][\\p{L}’'-]*)(?: [\\p{Lu}][\\p{L}’'-]*){0,3})";
    private static final Pattern DASH = Pattern.compile(
            TERM + " ?(?:—|–|--) ?((?:an?|the) [^—–.;:!?]{3,200}?)(?: ?(?:—|–|--)|[.;:!?]|$)");
    private static final Pattern APPOSITION = Pattern.compile(
            TERM + ", ((?:an?) [^,—–.;:!?“”]{3,120}?)[,.]");
    private static final int MAX_WORDS = 25;
    /** A gloss beside a term that names nothing else the article knows. */
    static final double CONFIDENCE = 0.85;

    List<GlossaryEntry> find(String text, Set<String> named, Set<String> excluded) {
        List<GlossaryEntry> entries = new ArrayList<>();
        // Each pattern needs its punctuation; most paragraphs lack it and skip the regex.
        if (text.indexOf('—') >= 0 || text.indexOf('–') >= 0 || text.contains("--")) {
            collect(DASH.matcher(text), named, excluded, entries);
        }
        if (text.contains(", a")) {
            collect(APPOSITION.matcher(text), named, excluded, entries);
        }
        return entries;
    }

    private static void collect(Matcher m, Set<String> named, Set<String> excluded, List<GlossaryEntry> out) {
        while (m.find()) {
            String term = m.group(1);
            String definition = m.group(2).strip();
            boolean name = named.contains(term) || named.stream().anyMatch(p -> p.endsWith(" " + term) || term.endsWith(" " + p));
            if (name || excluded.contains(term) || definition.split("\\s+").length > MAX_WORDS) {
                continue;
            }
            out.add(new GlossaryEntry(term, definition, false, CONFIDENCE));
        }
    }
}
