package dev.explainer.ingest;

import dev.explainer.frontmatter.FrontMatterWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Article -> the text of its content page: YAML front matter, then the escaped paragraphs. */
public final class PageFormatter {
    private final FrontMatterWriter yaml = new FrontMatterWriter();

    /**
     * @param extractionKey names the extraction's inputs, recorded so a later ingest can trust the page
     * @param extracted the explainer fields (people, quotes, ...) in the order they should appear
     */
    public String format(Article a, String extractionKey, Map<String, Object> extracted) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", a.title());
        fm.put("slug", a.slug());
        putIfPresent(fm, "story", a.story());
        fm.put("summary", a.summary());
        putIfPresent(fm, "date", a.date() == null ? null : a.date().toString());
        putIfPresent(fm, "author", a.author());
        putIfPresent(fm, "source", a.source());
        putIfPresent(fm, "dateline", a.dateline());
        fm.put("seed", a.seed());
        fm.put("seed_hash", a.seedHash());
        fm.put(Ingester.KEY, extractionKey);
        fm.putAll(extracted);
        String body = a.paragraphs().stream().map(MarkdownEscaper::escape).collect(Collectors.joining("\n\n"));
        String fields = "---\n" + yaml.write(fm) + "---\n\n" + body + (body.isEmpty() ? "" : "\n");
        int close = fields.indexOf("\n---\n", 3) + 1;
        // what each field was as ingest made it, so a later ingest can tell the editor's changes from the seed's
        String withoutHash = fields.substring(0, close) + SeedMerge.KEY + ": " + SeedMerge.hashes(SeedMerge.fields(fields))
                + "\n" + fields.substring(close);
        String hash = ContentHash.of(withoutHash);
        close = withoutHash.indexOf("\n---\n", 3) + 1;
        return withoutHash.substring(0, close) + ContentHash.KEY + ": " + hash + "\n" + withoutHash.substring(close);
    }

    private static void putIfPresent(Map<String, Object> fm, String key, Object value) {
        if (value != null) {
            fm.put(key, value);
        }
    }
}
