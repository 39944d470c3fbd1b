package dev.explainer.markdown.internal;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.explainer.markdown.Embeds;
import java.util.Set;

/** An HTML block goes out through {@link Embeds}; HTML inside a paragraph stays text (flexmark escapes it). */
public final class HtmlBlockRenderer implements NodeRenderer {

    public HtmlBlockRenderer(DataHolder options) {
        // no options
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, this::render));
    }

    private void render(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        String clean = Embeds.clean(node.getChars().toString()).strip();
        if (!clean.isBlank()) {
            html.line();
            html.raw(clean);
            html.line();
        }
    }
}
