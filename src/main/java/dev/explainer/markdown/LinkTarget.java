package dev.explainer.markdown;

import java.util.List;

/**
 * Something the first mention of which in an article body becomes a link.
 *
 * @param surfaces    the words that mention it ("Hassan Rouhani", "Rouhani"); the longest match wins
 * @param url         where the link goes, relative to the page
 * @param cssClass    "entity" or "term"
 * @param definition  for a glossary term, its definition (shown on hover and focus), else null
 * @param describedBy for a glossary term, the id of the element that defines it, else null
 */
public record LinkTarget(List<String> surfaces, String url, String cssClass, String definition, String describedBy) {
    public LinkTarget {
        surfaces = surfaces.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
    }
}
