package dev.explainer.ingest;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import dev.explainer.frontmatter.TextFiles;
import java.util.Optional;

/**
 * Turns a seed's bytes into clean text: strict UTF-8, no BOM, '\n' line ends, ordinary spaces,
 * no trailing blanks. Line numbers are kept, so diagnostics point at the file as the user sees it.
 */
public final class SeedText {
    private SeedText() {
    }

    /** Either the decoded text or the one error that makes the file unreadable. */
    public record Decoded(Optional<String> text, Optional<Diagnostic> error) {
    }

    public static Decoded decode(String path, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return failed(path, 1, "UTF-16 text, not UTF-8", "save the file as UTF-8 (in most editors: Save As, encoding UTF-8)");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failed(path, TextFiles.lineAt(bytes, i), "binary file, not text (NUL byte at offset " + i + ")",
                        "seeds/ takes plain-text articles; move other files elsewhere");
            }
        }
        TextFiles.Text decoded = TextFiles.decode(path, bytes);
        if (decoded.error().isPresent()) {
            return new Decoded(Optional.empty(), decoded.error());
        }
        String text = normalize(decoded.text().get());
        if (text.isBlank()) {
            return failed(path, 1, "empty file", "a seed starts with the headline on its first line");
        }
        return new Decoded(Optional.of(text), Optional.empty());
    }

    /**
     * One pass: CR LF and CR become LF; tabs and odd spaces become spaces; zero-width characters, soft
     * hyphens and other control characters go; and blanks at the end of a line (before LF, U+2028 or
     * U+2029) or of the text are dropped.
     */
    static String normalize(String raw) {
        int from = raw.startsWith("\uFEFF") ? 1 : 0;
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\t', '\u2009', '\u200A' -> b.append(' ');
                case '\u200B', '\uFEFF', '\u00AD' -> { }
                case '\r' -> {
                    if (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n') {
                        endLine(b, '\n');
                    }
                }
                case '\n', '\u2028', '\u2029' -> endLine(b, c);
                default -> {
                    if (!Character.isISOControl(c)) {
                        b.append(c);
                    }
                }
            }
        }
        dropBlanks(b);
        return b.toString();
    }

    private static void endLine(StringBuilder b, char end) {
        dropBlanks(b);
        b.append(end);
    }

    private static void dropBlanks(StringBuilder b) {
        int n = b.length();
        while (n > 0 && b.charAt(n - 1) == ' ') {
            n--;
        }
        b.setLength(n);
    }

    private static Decoded failed(String path, int line, String message, String hint) {
        return new Decoded(Optional.empty(),
                Optional.of(Diagnostic.error(new SourcePos(path, line), message).withHint(hint)));
    }
}
