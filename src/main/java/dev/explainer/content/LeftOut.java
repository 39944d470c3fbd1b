package dev.explainer.content;

/**
 * A content page the build leaves out, and why.
 *
 * @param reason "a draft", "scheduled for ..." or "expired"
 * @param option the option that would include it ("--drafts", "--future"), or null
 */
public record LeftOut(String file, String url, String reason, String option) {
    /** For a link to the page, which is broken: why. */
    public String hint() {
        return "it points to " + file + ", which is " + reason + (option == null ? "" : " (build with " + option
                + " to include it)");
    }
}
