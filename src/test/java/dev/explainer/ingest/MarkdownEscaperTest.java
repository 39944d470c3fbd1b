package dev.explainer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.explainer.markdown.Markdown;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownEscaperTest {
    private static final Markdown MARKDOWN = new Markdown();

    @ParameterizedTest
    @ValueSource(strings = {
        "“If we see that,” Rouhani said — then *maybe* _not_.",
        "# not a heading", "- not a list", "+ nor this", "1. not ordered", "2) nor this", "> not a quote",
        "=== nor a setext line", "~~~ nor a fence", "```code```", "a <b>bold</b> <script>alert(1)</script> move",
        "AT&T and &amp; and &#169; stay literal", "[not](a link) ![nor](an image)", "back\\slash \\* here",
        "<https://example.org> is text", "a | pipe | table", "snake_case_name and 2*3*4", "trailing backslash \\",
        "    indented code? no", "***", "--- ", "100% of 50 £ — ’quotes’ «guillemets»",
    })
    void rendersEscapedTextAsTheOriginalText(String text) {
        String html = MARKDOWN.render(MarkdownEscaper.escape(text.strip()));
        assertEquals(text.strip(), Jsoup.parse(html).body().text(), html);
        assertEquals(1, Jsoup.parse(html).body().children().size(), html);
        assertEquals("p", Jsoup.parse(html).body().child(0).tagName(), html);
    }
}
