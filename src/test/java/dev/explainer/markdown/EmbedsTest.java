package dev.explainer.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An embed pasted into a page works when it is from a listed host; nothing in it can run. */
class EmbedsTest {
    private final Markdown markdown = new Markdown();

    @Test
    void aVideoFromAListedHostIsEmbeddedWithAName() {
        assertEquals("<iframe src=\"https://www.youtube.com/embed/abc\" width=\"560\" height=\"315\" allowfullscreen"
                        + " title=\"Embedded content from www.youtube.com\"></iframe>\n",
                markdown.render("<iframe src=\"https://www.youtube.com/embed/abc\" width=\"560\" height=\"315\""
                        + " allowfullscreen onload=\"steal()\"></iframe>\n"));
    }

    @Test
    void aFrameFromAnywhereElseBecomesALinkToIt() {
        assertEquals("<p><a href=\"https://tracker.example/x\">Embedded content from tracker.example</a></p>\n",
                markdown.render("<iframe src=\"https://tracker.example/x\"></iframe>\n"));
        assertEquals("<p></p>\n", markdown.render("<iframe src=\"http://www.youtube.com/embed/abc\"></iframe>\n"),
                "not over https: no link either");
    }

    @Test
    void aPostKeepsItsTextAndLinkButNotItsScript() {
        assertEquals("<blockquote class=\"twitter-tweet\"><p>Polls close at eight.</p>"
                        + "<a href=\"https://twitter.com/desk/status/1\">March 7, 2025</a></blockquote>\n",
                markdown.render("<blockquote class=\"twitter-tweet\"><p>Polls close at eight.</p>"
                        + "<a href=\"https://twitter.com/desk/status/1\">March 7, 2025</a></blockquote>\n"
                        + "<script async src=\"https://platform.twitter.com/widgets.js\"></script>\n"));
    }

    @Test
    void scriptsHandlersAndUnsafeUrlsNeverReachThePage() {
        assertEquals("<div>x<img src=\"https://example.org/a.png\" alt=\"\"></div>\n",
                markdown.render("<div onclick=\"alert(1)\">x<img src=\"javascript:alert(1)\" onerror=\"alert(1)\">"
                        + "<img src=\"https://example.org/a.png\"></div>\n\n<script>alert(1)</script>\n"));
    }

    @Test
    void htmlInsideAParagraphStaysText() {
        assertEquals("<p>Text &lt;b&gt;bold&lt;/b&gt; here.</p>\n", markdown.render("Text <b>bold</b> here.\n"));
    }

    @Test
    void footnotesAndTypographyAreOn() {
        assertEquals("<p>&ldquo;No&rdquo; &ndash; twice&hellip;<sup id=\"fnref-1\"><a class=\"footnote-ref\""
                        + " href=\"#fn-1\">1</a></sup></p>\n<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn-1\">\n"
                        + "<p>From the minutes.</p>\n<a href=\"#fnref-1\" class=\"footnote-backref\">&#8617;</a>\n</li>\n"
                        + "</ol>\n</div>\n",
                markdown.render("\"No\" -- twice...[^1]\n\n[^1]: From the minutes.\n"));
    }
}
