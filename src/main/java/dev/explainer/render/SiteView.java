package dev.explainer.render;

import java.util.List;

/** Site-wide values every template sees as {@code site}; URLs relative to the current page. */
public record SiteView(String title, String description, String language, String home, String css,
                       List<StoryLink> stories) {
    public SiteView {
        stories = List.copyOf(stories);
    }
}
