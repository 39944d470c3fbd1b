package dev.explainer.render;

/**
 * An article as it appears in a list.
 *
 * @param date     ISO date for {@code <time datetime>}, or empty when undated
 * @param dateText the date for readers ("14 June 2014"), "Undated", or empty for a page that is no article ('type: page')
 */
public record ArticleLink(String title, String url, String date, String dateText, String summary, String story) {
}
