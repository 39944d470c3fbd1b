package dev.explainer.content;

/** A content page the build leaves out, and why: "a draft", "dated in the future", "expired". */
public record LeftOut(String file, String url, String reason, String option) {
}
