package dev.explainer.ingest;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failed(path, lineAt(bytes, i), "binary file, not text (NUL byte at offset " + i + ")",
                        "seeds/ takes plain-text articles; move other files elsewhere");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            return failed(path, lineAt(bytes, at), String.format(Locale.ROOT,
                    "not valid UTF-8 (byte 0x%02X at offset %d)", bytes[at] & 0xff, at),
                    "save the file as UTF-8; Windows-1252 or Latin-1 text must be converted");
        }
        decoder.flush(out);
        String text = normalize(out.flip().toString());
        if (text.isBlank()) {
            return failed(path, 1, "empty file", "a seed starts with the headline on its first line");
        }
        return new Decoded(Optional.of(text), Optional.empty());
    }

    static String normalize(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\t', '\u2009', '\u200A' -> b.append(' ');
                case '\u200B', '\uFEFF', '\u00AD' -> { }
                default -> {
                    if (c == '\n' || !Character.isISOControl(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString().replaceAll("(?m)[ ]+$", "");
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Decoded failed(String path, int line, String message, String hint) {
        return new Decoded(Optional.empty(),
                Optional.of(Diagnostic.error(new SourcePos(path, line), message).withHint(hint)));
    }
}
