package dev.explainer.bench;

import dev.explainer.extract.ReutersCorpus;
import java.util.List;
import java.util.Map;

/**
 * A Reuters-21578 wire as a seed: dated header, the wire's headline, its first topic as the running
 * story (topic codes named as a desk would: "earn" is "Corporate earnings"), and its paragraphs,
 * dateline first. A wire without a title leads with its first sentence; one without a body has
 * its headline as its only paragraph (one with neither is headed by its id). Wires share
 * headlines ("FIRST QTR NET"), so the slug starts with the id.
 */
public final class ReutersSeeds {
    private static final Map<String, String> TOPICS = Map.ofEntries(
            Map.entry("earn", "Corporate earnings"), Map.entry("acq", "Mergers and acquisitions"),
            Map.entry("money-fx", "Currency markets"), Map.entry("crude", "Oil prices"),
            Map.entry("grain", "Grain markets"), Map.entry("trade", "Trade disputes"),
            Map.entry("interest", "Interest rates"), Map.entry("ship", "Shipping"), Map.entry("dlr", "The dollar"),
            Map.entry("money-supply", "Money supply"), Map.entry("gnp", "Economic growth"),
            Map.entry("bop", "Balance of payments"), Map.entry("cpi", "Inflation"), Map.entry("jobs", "Jobs"),
            Map.entry("nat-gas", "Natural gas"), Map.entry("veg-oil", "Vegetable oils"),
            Map.entry("iron-steel", "Iron and steel"), Map.entry("ipi", "Industrial production"));

    private ReutersSeeds() {
    }

    /** The seed's path under seeds/ ({@code reuters/<id>.txt}). */
    public static String path(ReutersCorpus.Wire wire) {
        return "reuters/" + wire.id() + ".txt";
    }

    public static String seed(ReutersCorpus.Wire wire) {
        List<String> paragraphs = wire.text().paragraphs();
        String headline = !wire.text().title().isBlank() ? wire.text().title().strip()
                : paragraphs.isEmpty() ? "Reuters wire " + wire.id() : firstSentence(paragraphs.get(0));
        StringBuilder seed = new StringBuilder();
        if (wire.text().date() != null) {
            seed.append("Date: ").append(wire.text().date()).append('\n');
        }
        // the id leads: a long headline's slug is cut after a few words
        seed.append("Source: Reuters\nSlug: ").append(wire.id()).append(' ').append(headline).append("\n\n");
        seed.append(headline).append("\n\n");
        if (!wire.topics().isEmpty()) {
            seed.append("Extended coverage: ").append(story(wire.topics().get(0))).append("\n\n");
        }
        for (String p : paragraphs.isEmpty() ? List.of(headline) : paragraphs) {
            seed.append(p).append("\n\n");
        }
        return seed.toString();
    }

    static String story(String topic) {
        String named = TOPICS.get(topic);
        return named != null ? named : Character.toUpperCase(topic.charAt(0)) + topic.substring(1).replace('-', ' ');
    }

    private static String firstSentence(String paragraph) {
        String sentence = paragraph.split("(?<=\\.) ", 2)[0];
        if (sentence.length() <= 120) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', 120);
        return sentence.substring(0, cut > 0 ? cut : 120) + " ...";
    }
}
