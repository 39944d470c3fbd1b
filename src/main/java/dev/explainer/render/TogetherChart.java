package dev.explainer.render;

import java.util.List;

/**
 * Who appears with whom in a story, drawn as an inline SVG: the story's most prominent people on a
 * circle, a line between two of them for each pair that shares articles (thicker for more).
 *
 * @param people      the people drawn, most prominent first; a node's size follows its article count
 * @param pairs       every line, most shared articles first: also the chart's text alternative
 * @param description the chart in words, for screen readers
 */
public record TogetherChart(int width, int height, List<Node> people, List<Pair> pairs, String description) {
    public TogetherChart {
        people = List.copyOf(people);
        pairs = List.copyOf(pairs);
    }

    /** A person on the chart; the label is written at (labelX, labelY) with SVG's {@code text-anchor}. */
    public record Node(EntityCard person, int x, int y, int r, int labelX, int labelY, String anchor) {
    }

    /** Two people and how many articles mention both; the line runs from (x1, y1) to (x2, y2). */
    public record Pair(EntityCard a, EntityCard b, int articles, int x1, int y1, int x2, int y2, int stroke) {
    }

    public boolean isEmpty() {
        return pairs.isEmpty();
    }
}
