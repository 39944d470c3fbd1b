package dev.explainer.render;

import java.util.List;

/**
 * The search page.
 *
 * @param root    the way back to the site root ("../"), for the paths in the index
 * @param index   the search index script
 * @param script  the search script
 * @param archive every article, for readers without JavaScript
 * @param stories every running story, with its count of articles, for the same readers
 */
public record SearchView(String title, String root, String index, String script, String archive, List<StoryLink> stories) {
    public SearchView {
        stories = List.copyOf(stories);
    }
}
