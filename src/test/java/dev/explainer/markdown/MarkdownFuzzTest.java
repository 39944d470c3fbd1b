package dev.explainer.markdown;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.explainer.SafeHtml;

/** Any Markdown an editor or a seed can bring: the HTML it becomes runs no script and links to no unsafe scheme. */
class MarkdownFuzzTest {
    private static final Markdown MARKDOWN = new Markdown();

    @FuzzTest(maxDuration = "60s")
    void noMarkdownRunsScript(FuzzedDataProvider data) {
        String markdown = data.consumeRemainingAsString();
        String html;
        try {
            html = MARKDOWN.render(markdown);
        } catch (StackOverflowError e) {
            // nesting by the thousand: the renderer reports it as an error at the page
            return;
        }
        SafeHtml.assertSafe(markdown, html);
    }
}
