package dev.explainer.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.Map;

/** Where each link target of a Markdown body is written, so a broken link is reported at its line. */
public final class LinkLines {
    private LinkLines() {
    }

    /**
     * @param firstLine the file line the body starts at
     * @return link target -> file line of its first use (for a reference link, of its definition)
     */
    public static Map<String, Integer> of(Document doc, int firstLine) {
        Map<String, Integer> lines = new HashMap<>();
        collect(doc, firstLine, lines);
        return lines;
    }

    private static void collect(Node node, int firstLine, Map<String, Integer> lines) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            String url = null;
            if (child instanceof Link l) {
                url = l.getUrl().toString();
            } else if (child instanceof AutoLink a) {
                url = a.getUrl().toString();
            } else if (child instanceof Image i) {
                url = i.getUrl().toString();
            } else if (child instanceof Reference r) {
                url = r.getUrl().toString();
            }
            if (url != null) {
                lines.putIfAbsent(url, firstLine + child.getStartLineNumber());
            }
            collect(child, firstLine, lines);
        }
    }
}
