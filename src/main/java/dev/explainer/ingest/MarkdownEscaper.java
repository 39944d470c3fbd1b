package dev.explainer.ingest;

import java.util.regex.Pattern;

/**
 * Escapes plain text so that Markdown renders it as that text, typeset (straight quotes curled, "--"
 * a dash). Only what Markdown would read as syntax is escaped, so the content pages stay pleasant
 * for editors to correct by hand.
 */
public final class MarkdownEscaper {
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern LINE_START = Pattern.compile("^([#>+=~-])");
    /** A rule of hyphens ("---") is escaped whole, or typesetting would make its last two a dash. */
    private static final Pattern HYPHEN_RULE = Pattern.compile("^-{2,}(?=\\s*$)");

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
        java.util.regex.Matcher rule = HYPHEN_RULE.matcher(s);
        if (rule.find()) {
            return "\\-".repeat(rule.end()) + s.substring(rule.end());
        }
        s = LINE_START.matcher(s).replaceFirst("\\\\$1");
        return s;
    }
}
