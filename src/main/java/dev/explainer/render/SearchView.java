package dev.explainer.render;

/**
 * The search page.
 *
 * @param root    the way back to the site root ("../"), for the paths in the index
 * @param index   the search index script
 * @param script  the search script
 * @param archive every article, for readers without JavaScript
 */
public record SearchView(String title, String root, String index, String script, String archive) {
}
