package dev.explainer.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline search index: a script that sets {@code window.explainerSearch}, so the search page
 * loads it with a plain {@code <script src>} from any static host and from disk (where a page may
 * not fetch JSON). One compact record per page: {@code t} title, {@code s} story (or kind),
 * {@code u} path from the site root, {@code x} snippet, {@code d} ISO date (absent when undated).
 */
public final class SearchIndex {
    /** Snippets are cut at a word near this many characters. */
    static final int SNIPPET = 200;

    private SearchIndex() {
    }

    /** One page in the index; {@code story} and {@code date} may be null. */
    public record Item(String title, String story, String path, String snippet, String date) {
    }

    public static byte[] script(List<Item> items) {
        List<Map<String, String>> records = new ArrayList<>(items.size());
        for (Item i : items) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("t", i.title());
            if (i.story() != null) {
                r.put("s", i.story());
            }
            r.put("u", i.path());
            if (i.snippet() != null && !i.snippet().isBlank()) {
                r.put("x", snippet(i.snippet()));
            }
            if (i.date() != null && !i.date().isEmpty()) {
                r.put("d", i.date());
            }
            records.add(r);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("version", 1);
        index.put("pages", records);
        String js = "/* explainer search index: t title, s story or kind, u path from the site root, x snippet, d date */\n"
                + "window.explainerSearch = " + Json.forScript(index, false) + ";\n";
        return js.getBytes(StandardCharsets.UTF_8);
    }

    /** The text cut at a word boundary near {@link #SNIPPET} characters, with an ellipsis when cut. */
    static String snippet(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.length() <= SNIPPET) {
            return s;
        }
        int cut = s.lastIndexOf(' ', SNIPPET);
        if (cut <= SNIPPET / 2) {
            cut = Character.isHighSurrogate(s.charAt(SNIPPET - 1)) ? SNIPPET - 1 : SNIPPET;
        }
        return s.substring(0, cut).replaceAll("[\\s,;:.]+$", "") + "…";
    }
}
