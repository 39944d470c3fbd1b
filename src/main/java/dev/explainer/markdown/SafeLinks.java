package dev.explainer.markdown;

import java.util.regex.Pattern;

/**
 * Which link targets of a page are published: http, https, mailto and relative ones. Anything else
 * ("javascript:", "JaVaScRiPt:", "data:", "vbscript:") is shown as plain text.
 *
 * <p>The test is on the target as written, before Flexmark decodes it, so it also refuses a scheme
 * spelled with an entity or an escape ("&amp;#106;avascript:", "javascript\:"): whatever comes before
 * the first '/', '?' or '#' may hold no ':', '&amp;' or '\' unless it is one of the allowed schemes.
 */
public final class SafeLinks {
    /** Matches, whole, a link target that is not published. */
    static final String UNSAFE = "(?is)(?!(?:https?|mailto):)[^/?#]*[:&\\\\].*";
    private static final Pattern UNSAFE_PATTERN = Pattern.compile(UNSAFE);

    private SafeLinks() {
    }

    /** Whether a link target, as written in Markdown, is left out of the page. */
    public static boolean isUnsafe(String target) {
        return UNSAFE_PATTERN.matcher(target).matches();
    }
}
