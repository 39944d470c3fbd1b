package dev.explainer.render;

import dev.explainer.content.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Long lists split into pages, so a page stays small however large the archive grows: page 1 at
 * the list's own address, page n at {@code page/n/} below it.
 */
final class Paging {
    static final int ARTICLES = 100;
    static final int EVENTS = 100;
    static final int QUOTES = 50;
    /** Pages linked on each side of the current one. */
    private static final int WINDOW = 2;

    private Paging() {
    }

    /** One page of a list: which of how many, of the list at {@code list} (page 1's address). */
    record Numbered(int number, int count, String list) {
        boolean first() {
            return number == 1;
        }

        /** This page's address. */
        String path() {
            return Paging.path(list, number);
        }
    }

    /** The pages of the list at {@code path} that {@code items} fill, {@code size} to a page. */
    static List<Numbered> pages(String path, int items, int size) {
        return pages(path, count(items, size));
    }

    /** The {@code count} pages of the list at {@code path}. */
    static List<Numbered> pages(String path, int count) {
        List<Numbered> pages = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            pages.add(new Numbered(n, count, path));
        }
        return pages;
    }

    /** How many pages {@code items} fill, {@code size} to a page: at least one. */
    static int count(int items, int size) {
        return Math.max(1, (items + size - 1) / size);
    }

    /** The items of page {@code number} (from 1). */
    static <T> List<T> slice(List<T> items, int size, int number) {
        int from = Math.min(items.size(), (number - 1) * size);
        return items.subList(from, Math.min(items.size(), from + size));
    }

    /** The address of page {@code number} of the list at {@code path} (a folder's index.html). */
    static String path(String path, int number) {
        return number == 1 ? path : path.substring(0, path.length() - "index.html".length()) + "page/" + number + "/index.html";
    }

    /** A page's title: the list's, with the page number when there is more than one. */
    static String title(String title, Numbered page) {
        return page.count() == 1 ? title
                : String.format(Locale.ROOT, "%s (page %d of %d)", title, page.number(), page.count());
    }

    /** The pager of {@code page}, as seen from that page; null when the list fits one page. */
    static Pager pager(Views v, Numbered page) {
        String path = page.list();
        int number = page.number();
        int count = page.count();
        if (count == 1) {
            return null;
        }
        List<Pager.Page> pages = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= count; n++) {
            if (n == 1 || n == count || Math.abs(n - number) <= WINDOW) {
                pages.add(new Pager.Page(n, v.url(path(path, n)), n == number, n > last + 1));
                last = n;
            }
        }
        Link previous = number > 1 ? new Link("Previous page", v.url(path(path, number - 1))) : null;
        Link next = number < count ? new Link("Next page", v.url(path(path, number + 1))) : null;
        return new Pager(number, count, previous, next, pages);
    }
}
