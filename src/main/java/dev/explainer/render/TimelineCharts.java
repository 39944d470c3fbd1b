package dev.explainer.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lays out dated events along a horizontal time axis: x by date, same-day events stacked. */
final class TimelineCharts {
    static final int WIDTH = 720;
    static final int MARGIN = 48;
    static final int ROW = 26;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private TimelineCharts() {
    }

    static TimelineChart chart(List<EventView> dated) {
        if (dated.isEmpty()) {
            return new TimelineChart(WIDTH, 0, 0, MARGIN, WIDTH - MARGIN, List.of(), List.of(), "No dated events.");
        }
        LocalDate first = LocalDate.parse(dated.get(0).date());
        LocalDate last = LocalDate.parse(dated.get(dated.size() - 1).date());
        long span = ChronoUnit.DAYS.between(first, last);
        Map<Integer, Integer> stack = new HashMap<>();
        List<TimelineChart.Dot> dots = new ArrayList<>();
        int maxStack = 0;
        for (EventView e : dated) {
            int x = x(LocalDate.parse(e.date()), first, span);
            int level = stack.merge(x, 1, Integer::sum) - 1;
            maxStack = Math.max(maxStack, level);
            dots.add(new TimelineChart.Dot(x, 0, e.number(), e.dateText() + ": " + e.text(), "event-" + e.number()));
        }
        int axisY = 24 + maxStack * ROW + 16;
        List<TimelineChart.Dot> placed = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        for (TimelineChart.Dot d : dots) {
            int level = seen.merge(d.x(), 1, Integer::sum) - 1;
            placed.add(new TimelineChart.Dot(d.x(), axisY - 16 - level * ROW, d.number(), d.label(), d.anchor()));
        }
        List<TimelineChart.Tick> ticks = new ArrayList<>();
        ticks.add(new TimelineChart.Tick(x(first, first, span), SHORT.format(first)));
        if (span > 0) {
            ticks.add(new TimelineChart.Tick(x(last, first, span), SHORT.format(last)));
        }
        String description = dated.size() + (dated.size() == 1 ? " event" : " events") + " from " + SHORT.format(first)
                + (span > 0 ? " to " + SHORT.format(last) : "");
        return new TimelineChart(WIDTH, axisY + 36, axisY, MARGIN, WIDTH - MARGIN, placed, ticks, description);
    }

    private static int x(LocalDate d, LocalDate first, long span) {
        if (span == 0) {
            return WIDTH / 2;
        }
        return (int) Math.round(MARGIN + (WIDTH - 2.0 * MARGIN) * ChronoUnit.DAYS.between(first, d) / span);
    }
}
