package dev.explainer.ingest;

import java.util.regex.Pattern;

/**
 * Escapes plain text so that Markdown renders it as exactly that text. Only what Markdown would
 * read as syntax is escaped, so the content pages stay pleasant for editors to correct by hand.
 */
public final class MarkdownEscaper {
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern LINE_START = Pattern.compile("^([#>+=~-])");

    private MarkdownEscaper() {
    }

    /** Escapes one paragraph that is written on a single line. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        String s = ENTITY.matcher(b).replaceAll("\\\\&");
        s = ORDERED.matcher(s).replaceFirst("$1\\\\$2");
        s = LINE_START.matcher(s).replaceFirst("\\\\$1");
        return s;
    }
}
