package dev.explainer.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** Markdown -> HTML, built once from frozen options and shared by all rendering threads. */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                        TypographicExtension.create(), ExplainerLinks.create()))
                // news text and hand edits are untrusted: HTML inside a paragraph is shown as text, and an
                // HTML block (an embed) passes only through the allow list of Embeds
                .set(HtmlRenderer.ESCAPE_HTML, true)
                // a link or image to any but an allowed scheme is shown as its text: no script from input
                .set(HtmlRenderer.SUPPRESSED_LINKS, SafeLinks.UNSAFE)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .toImmutable();
        // a parser of our own leaves out flexmark's reference definitions ("[a]: /url"), which it reads with it
        parser = Parser.builder(options).customInlineParserFactory(LinearLinkLabels.FACTORY)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    public String render(Document document) {
        return renderer.render(document);
    }

    public String render(String markdown) {
        return render(parse(markdown));
    }
}
