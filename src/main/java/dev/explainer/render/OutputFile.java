package dev.explainer.render;

import java.util.Arrays;
import java.util.Map;

/**
 * One file of the built site: where it goes (relative to the site root) and its bytes.
 *
 * @param origin    the project file it was made from, for diagnostics about it (a content page, a template)
 * @param linkLines for a page made from Markdown, the line of the origin where each link target is written
 */
public record OutputFile(String path, byte[] bytes, String origin, Map<String, Integer> linkLines) {
    public OutputFile {
        linkLines = Map.copyOf(linkLines);
        if (path.isBlank() || path.startsWith("/") || path.contains("\\")
                || Arrays.asList(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("output path must be relative and inside the site: " + path);
        }
    }

    public OutputFile(String path, byte[] bytes, String origin) {
        this(path, bytes, origin, Map.of());
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }
}
