package dev.explainer.markdown.internal;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.explainer.markdown.LinkTarget;

/** A mention of an entity or glossary term in an article body, rendered as a link. */
public final class MentionLink extends Node {
    private final LinkTarget target;

    public MentionLink(BasedSequence chars, LinkTarget target) {
        super(chars);
        this.target = target;
    }

    public LinkTarget target() {
        return target;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
