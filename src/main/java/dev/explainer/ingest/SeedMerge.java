package dev.explainer.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page edited by hand, whose seed the reporter changed since: each field the editor left as
 * ingest made it takes the seed's change, each field the editor changed keeps the edit. A field
 * both changed keeps the edit and is named, so the editor knows which change was not taken.
 *
 * <p>What ingest made of each field is known by the page's {@value #KEY} line: a short hash of each
 * field as generated (the Markdown body is the field "body").
 */
final class SeedMerge {
    static final String KEY = "generated";
    /** Always the seed's: what the page was made from, and what ingest doubts. */
    private static final Set<String> INGEST_OWNS = Set.of("seed", "seed_hash", Ingester.KEY, ContentHash.KEY, KEY, "review");
    static final String BODY = "body";

    private SeedMerge() {
    }

    /**
     * @param text    the merged page, or null when the page cannot be merged (it has no {@value #KEY} line)
     * @param taken   the fields that took the seed's change
     * @param kept    the fields whose edit was kept though the seed changed them too
     */
    record Result(String text, List<String> taken, List<String> kept) {
    }

    /** The {@value #KEY} line's value for a page's fields, as ingest made them. */
    static String hashes(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((key, value) -> {
            if (!INGEST_OWNS.contains(key)) {
                b.append(b.length() == 0 ? "" : " ").append(key).append(':').append(hash(value));
            }
        });
        return b.toString();
    }

    static Result merge(String edited, String generated) {
        Map<String, String> mine = fields(edited);
        Map<String, String> theirs = fields(generated);
        String recorded = mine.get(KEY);
        if (mine.isEmpty() || theirs.isEmpty() || recorded == null || !mine.containsKey(ContentHash.KEY)) {
            return new Result(null, List.of(), List.of());
        }
        Map<String, String> base = new LinkedHashMap<>();
        for (String pair : value(recorded).split(" ")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                base.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        Map<String, String> merged = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, String> e : theirs.entrySet()) {
            String key = e.getKey();
            if (INGEST_OWNS.contains(key)) {
                merged.put(key, e.getValue());
            } else if (untouched(mine.get(key), base.get(key))) {
                merged.put(key, e.getValue());
                if (!e.getValue().equals(mine.get(key))) {
                    taken.add(key);
                }
            } else {
                put(merged, key, mine.get(key));
                if (!hash(e.getValue()).equals(base.get(key))) {
                    kept.add(key);
                }
            }
        }
        // a field the editor added, or one the seed no longer gives that the editor changed
        for (Map.Entry<String, String> e : mine.entrySet()) {
            String key = e.getKey();
            if (!theirs.containsKey(key) && !INGEST_OWNS.contains(key)) {
                if (untouched(e.getValue(), base.get(key))) {
                    taken.add(key);
                } else {
                    merged.put(key, e.getValue());
                    if (base.containsKey(key)) {
                        kept.add(key);
                    }
                }
            }
        }
        return new Result(text(merged), taken, kept);
    }

    private static boolean untouched(String value, String baseHash) {
        return value == null ? baseHash == null : hash(value).equals(baseHash);
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }

    /**
     * The page's fields: each top-level front matter key with its lines as written (its indented
     * lines with it), and the body. Empty when the page has no front matter.
     */
    static Map<String, String> fields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        String text = page.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            return fields;
        }
        int close = text.indexOf("\n---\n", 3);
        if (close < 0) {
            return fields;
        }
        String key = null;
        StringBuilder block = new StringBuilder();
        for (String line : text.substring(4, close + 1).split("\n", -1)) {
            boolean top = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")
                    && !line.startsWith("#") && line.indexOf(':') > 0;
            if (top) {
                if (key != null) {
                    fields.put(key, block.toString());
                }
                key = line.substring(0, line.indexOf(':')).strip();
                block.setLength(0);
            }
            if (key != null && !(line.isEmpty() && block.length() == 0)) {
                block.append(line).append('\n');
            }
        }
        if (key != null) {
            fields.put(key, block.toString().replaceAll("\n+$", "\n"));
        }
        fields.put(BODY, text.substring(close + 5));
        return fields;
    }

    /** The page again from its fields, in their order, the body last. */
    private static String text(Map<String, String> fields) {
        StringBuilder b = new StringBuilder("---\n");
        fields.forEach((key, value) -> {
            if (!key.equals(BODY)) {
                b.append(value.endsWith("\n") ? value : value + "\n");
            }
        });
        return b.append("---\n").append(fields.getOrDefault(BODY, "")).toString();
    }

    /** What follows "key: " on a field's first line. */
    private static String value(String field) {
        int colon = field.indexOf(':');
        int end = field.indexOf('\n');
        return field.substring(colon + 1, end < 0 ? field.length() : end).strip();
    }

    private static String hash(String value) {
        return ContentHash.sha256(value.getBytes(StandardCharsets.UTF_8)).substring("sha256:".length(), "sha256:".length() + 8);
    }
}
