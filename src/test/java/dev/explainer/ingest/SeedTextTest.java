package dev.explainer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedTextTest {

    private static String error(byte[] bytes) {
        return SeedText.decode("seeds/x.txt", bytes).error().orElseThrow().format();
    }

    @Test
    void emptyFileIsAnError() {
        assertEquals("seeds/x.txt:1: error: empty file\n  hint: a seed starts with the headline on its first line",
                error(new byte[0]));
        assertEquals("seeds/x.txt:1: error: empty file\n  hint: a seed starts with the headline on its first line",
                error(" \n\r\n\u00A0\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryFileIsAnErrorAtTheLineOfItsFirstNul() {
        assertEquals("seeds/x.txt:2: error: binary file, not text (NUL byte at offset 4)\n"
                + "  hint: seeds/ takes plain-text articles; move other files elsewhere",
                error(new byte[] {'a', 'b', 'c', '\n', 0, 1, 2}));
    }

    @Test
    void invalidUtf8NamesTheLineAndByte() {
        byte[] latin1 = "Headline\n\nCaf\u00e9 society\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("seeds/x.txt:3: error: not valid UTF-8 (byte 0xE9 at offset 13)\n"
                + "  hint: save the file as UTF-8; Windows-1252 or Latin-1 text must be converted", error(latin1));
    }

    @Test
    void keepsLineNumbersWhileNormalizing() {
        String text = SeedText.decode("seeds/x.txt", "\uFEFFa\r\nb \u00A0\rc\t d\u200B".getBytes(StandardCharsets.UTF_8))
                .text().orElseThrow();
        assertEquals("a\nb\nc  d", text);
    }
}
