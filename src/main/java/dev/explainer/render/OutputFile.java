package dev.explainer.render;

import java.util.Arrays;

/**
 * One file of the built site: where it goes (relative to the site root) and its bytes.
 *
 * @param origin the project file it was made from, for diagnostics about it (a content page, a template)
 */
public record OutputFile(String path, byte[] bytes, String origin) {
    public OutputFile {
        if (path.isBlank() || path.startsWith("/") || path.contains("\\")
                || Arrays.asList(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("output path must be relative and inside the site: " + path);
        }
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }
}
