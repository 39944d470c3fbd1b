package dev.explainer.content;

import java.util.List;

/** The explainer data of one page, read from its front matter. */
public record Facts(List<Mention> entities, List<Said> quotes, List<Term> glossary, List<Moment> timeline) {
    public Facts {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        glossary = List.copyOf(glossary);
        timeline = List.copyOf(timeline);
    }
}
