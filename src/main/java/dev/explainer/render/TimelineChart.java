package dev.explainer.render;

import java.util.List;

/**
 * The timeline drawn as an inline SVG, computed here so templates only place shapes.
 *
 * @param axisY the y of the time axis
 * @param dots  one per dated event, numbered as in the event list
 * @param ticks date labels along the axis
 * @param description the chart in words, for screen readers
 */
public record TimelineChart(int width, int height, int axisY, int start, int end, List<Dot> dots, List<Tick> ticks,
                            String description) {
    public TimelineChart {
        dots = List.copyOf(dots);
        ticks = List.copyOf(ticks);
    }

    /** An event on the chart; {@code label} is its date and text, shown as the dot's title. */
    public record Dot(int x, int y, int number, String label, String anchor) {
    }

    public record Tick(int x, String label) {
    }

    public boolean isEmpty() {
        return dots.isEmpty();
    }
}
