package dev.explainer.markdown.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.explainer.markdown.LinkTarget;
import java.util.Set;

/** Renders a {@link MentionLink}: an entity link, or a term link whose definition shows on hover and focus. */
public final class MentionLinkRenderer implements NodeRenderer {

    public MentionLinkRenderer(DataHolder options) {
        // no options
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(MentionLink.class, this::render));
    }

    private void render(MentionLink node, NodeRendererContext context, HtmlWriter html) {
        LinkTarget t = node.target();
        html.attr("href", t.url()).attr("class", t.cssClass());
        if (t.definition() != null) {
            html.attr("data-definition", t.definition());
        }
        if (t.describedBy() != null) {
            html.attr("aria-describedby", t.describedBy());
        }
        html.withAttr().tag("a");
        context.renderChildren(node);
        html.tag("/a");
    }
}
