package dev.explainer.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.explainer.markdown.internal.HtmlBlockRenderer;
import dev.explainer.markdown.internal.MentionLinkRenderer;

/**
 * Flexmark extension that renders the mention links {@link BodyLinker} puts into article bodies, and
 * HTML blocks through {@link Embeds}.
 */
public final class ExplainerLinks implements HtmlRenderer.HtmlRendererExtension {
    private ExplainerLinks() {
    }

    public static ExplainerLinks create() {
        return new ExplainerLinks();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(MentionLinkRenderer::new);
        builder.nodeRendererFactory(HtmlBlockRenderer::new);
    }
}
