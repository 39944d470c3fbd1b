package dev.explainer.render;

import dev.explainer.content.StoryFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lays out "who appears with whom": people evenly on a circle, lines weighted by shared articles. */
final class TogetherCharts {
    static final int WIDTH = 640;
    static final int RADIUS = 110;
    /** Space above a label's baseline, and around the drawing. */
    static final int LABEL = 16;
    static final int MARGIN = 8;

    private TogetherCharts() {
    }

    /** @param people the story's people by entity key, most prominent first; only those in a pair are drawn */
    static TogetherChart chart(List<StoryFacts.Together> together, Map<String, EntityCard> people) {
        List<String> drawn = people.keySet().stream()
                .filter(k -> together.stream().anyMatch(t -> t.a().equals(k) || t.b().equals(k))).toList();
        int n = drawn.size();
        int maxArticles = drawn.stream().mapToInt(k -> people.get(k).count()).max().orElse(1);
        List<TogetherChart.Node> placed = new ArrayList<>();
        double start = n == 2 ? Math.PI : -Math.PI / 2;
        for (int i = 0; i < n; i++) {
            double angle = start + 2 * Math.PI * i / n;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            EntityCard person = people.get(drawn.get(i));
            int r = 8 + 10 * person.count() / maxArticles;
            int x = WIDTH / 2 + (int) Math.round(RADIUS * cos);
            int y = (int) Math.round(RADIUS * sin);
            String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
            int gap = r + 8;
            int labelX = x + (int) Math.round(gap * cos);
            int labelY = y + (int) Math.round(gap * sin) + (sin > 0.3 ? 12 : sin < -0.3 ? 0 : 5);
            placed.add(new TogetherChart.Node(person, x, y, r, labelX, labelY, anchor));
        }
        // the drawing's height is what the people and their labels take, with a margin
        int top = placed.stream().mapToInt(d -> Math.min(d.y() - d.r(), d.labelY() - LABEL)).min().orElse(0) - MARGIN;
        int bottom = placed.stream().mapToInt(d -> Math.max(d.y() + d.r(), d.labelY() + 4)).max().orElse(0) + MARGIN;
        Map<String, TogetherChart.Node> nodes = new HashMap<>();
        List<TogetherChart.Node> ordered = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TogetherChart.Node d = placed.get(i);
            TogetherChart.Node node = new TogetherChart.Node(d.person(), d.x(), d.y() - top, d.r(), d.labelX(),
                    d.labelY() - top, d.anchor());
            nodes.put(drawn.get(i), node);
            ordered.add(node);
        }
        int maxShared = together.stream().mapToInt(StoryFacts.Together::articles).max().orElse(1);
        List<TogetherChart.Pair> pairs = new ArrayList<>();
        for (StoryFacts.Together t : together) {
            TogetherChart.Node a = nodes.get(t.a());
            TogetherChart.Node b = nodes.get(t.b());
            if (a != null && b != null) {
                pairs.add(new TogetherChart.Pair(a.person(), b.person(), t.articles(), a.x(), a.y(), b.x(), b.y(),
                        2 + 6 * t.articles() / maxShared));
            }
        }
        String description = pairs.isEmpty() ? "No two people share an article."
                : n + " people; " + pairs.size() + (pairs.size() == 1 ? " pair appears" : " pairs appear")
                        + " in the same articles";
        return new TogetherChart(WIDTH, bottom - top, ordered, pairs, description);
    }
}
