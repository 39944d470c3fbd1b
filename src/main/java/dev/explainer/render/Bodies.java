package dev.explainer.render;

import dev.explainer.content.ContentSource;
import dev.explainer.content.Page;
import dev.explainer.diag.Diagnostic;
import dev.explainer.frontmatter.TextFiles;
import java.io.IOException;
import java.util.List;

/** Reads a page's Markdown body when it is rendered (the Site holds only front matter). */
final class Bodies {
    private Bodies() {
    }

    /** @throws IOException when the page can no longer be read (it was read fine at load) */
    static String read(ContentSource content, Page page) throws IOException {
        TextFiles.Text text = content.read(page.file());
        if (text.text().isEmpty()) {
            throw new IOException(text.error().map(Diagnostic::message).orElse("cannot read"));
        }
        StringBuilder body = new StringBuilder();
        List<String> lines = text.text().get().replace("\r\n", "\n").lines().toList();
        for (int n = page.bodyLine() - 1; n < lines.size(); n++) {
            body.append(lines.get(n)).append('\n');
        }
        return body.toString();
    }
}
