package dev.explainer.content;

import java.util.List;

/** A running story: its name, its hub URL and its articles, oldest first. */
public record Story(String name, String slug, String url, List<Page> articles) {
    public Story {
        articles = List.copyOf(articles);
    }

    /** The newest article (the last one), for ordering stories by freshness. */
    public Page latest() {
        return articles.get(articles.size() - 1);
    }
}
