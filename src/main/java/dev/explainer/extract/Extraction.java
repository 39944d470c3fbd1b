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

    /** What may be published as fact when the editor has decided nothing: see {@link Review}. */
    public Extraction published() {
        return Review.of(this, "", java.util.Map.of(), List.of()).published();
    }
}
