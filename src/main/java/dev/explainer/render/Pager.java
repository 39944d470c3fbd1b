package dev.explainer.render;

import java.util.List;

/**
 * Where one page of a long list (a timeline, an archive, an entity's coverage) stands among its
 * pages: the previous and next page, and the numbers to link (the first, the last and two on
 * each side of this one; a gap between two is shown as an ellipsis).
 */
public record Pager(int number, int count, Link previous, Link next, List<Page> pages) {
    public Pager {
        pages = List.copyOf(pages);
    }

    /** @param gapBefore pages are left out between the one before and this one */
    public record Page(int number, String url, boolean current, boolean gapBefore) {
    }
}
