package dev.explainer.content;

import java.util.List;

/**
 * Everything the renderer needs, loaded once and never changed.
 *
 * @param pages   every published page, newest first (undated last)
 * @param stories running stories, the one with the newest article first
 * @param explainer who's who, quotes, glossary, timelines and related coverage
 */
public record Site(SiteConfig config, List<Page> pages, List<Story> stories, Explainer explainer) {
    public Site {
        pages = List.copyOf(pages);
        stories = List.copyOf(stories);
    }
}
