package dev.explainer.render;

import dev.explainer.content.Page;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a page's Markdown body when it is rendered (the Site holds only front matter). */
final class Bodies {
    private Bodies() {
    }

    static String read(Path root, Page page) throws IOException {
        StringBuilder body = new StringBuilder();
        try (BufferedReader in = Files.newBufferedReader(root.resolve(page.file()), StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                if (++n >= page.bodyLine()) {
                    body.append(line).append('\n');
                }
            }
        }
        return body.toString();
    }
}
