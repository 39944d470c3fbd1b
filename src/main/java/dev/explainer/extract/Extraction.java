package dev.explainer.extract;

import java.util.List;

/** Everything extracted from one article. */
public record Extraction(List<Entity> entities, List<Quote> quotes, List<GlossaryEntry> glossary, List<DateRef> dates) {
    public Extraction {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        glossary = List.copyOf(glossary);
        dates = List.copyOf(dates);
    }

    /** Below this a fact is not published: it is held back for the editor. */
    public static final double PUBLISHED = 0.8;

    /**
     * What may be published as fact: entities, terms and dates the extractor is sure of, and quotes
     * with a speaker only when the attribution is sure and the speaker is published.
     */
    public Extraction published() {
        List<Entity> sure = entities.stream().filter(e -> e.confidence() >= PUBLISHED).toList();
        java.util.Set<String> ids = new java.util.HashSet<>();
        sure.forEach(e -> ids.add(e.id()));
        List<Quote> said = quotes.stream().map(q -> q.speaker() == null || (q.confidence() >= PUBLISHED && ids.contains(q.speaker()))
                ? q : q.withSpeaker(null, 0, "held back: " + q.basis())).toList();
        return new Extraction(sure, said, glossary.stream().filter(g -> g.confidence() >= PUBLISHED).toList(),
                dates.stream().filter(d -> d.date() == null || d.confidence() >= PUBLISHED).toList());
    }
}
