package dev.explainer.render;

/**
 * A timeline entry.
 *
 * @param number   its number on the chart (1-based), 0 when undated
 * @param date     ISO date, or empty when undated
 * @param when     the words the article used ("on Friday")
 */
public record EventView(int number, String date, String dateText, String when, String text, Link article) {
}
