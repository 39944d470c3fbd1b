package dev.explainer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cache files are written and read through one buffer each: values that cross its end come back whole. */
class CacheFileTest {
    @TempDir
    Path dir;

    @Test
    void readsBackWhatWasWrittenAcrossTheBuffersEnds() throws IOException {
        Path file = dir.resolve("f");
        String longText = "é".repeat(200_000) + "x";
        try (CacheOut out = CacheOut.create(file)) {
            for (int i = 0; i < 100_000; i++) {
                out.writeInt(i);
                out.writeText(i % 7 == 0 ? "" : "text " + i + " ‘quoted’");
                out.writeLong(i * 1_000_003L);
                out.writeBoolean(i % 3 == 0);
            }
            out.writeText(longText);
            out.writeInt(-1);
        }
        try (CacheIn in = CacheIn.open(file)) {
            for (int i = 0; i < 100_000; i++) {
                assertEquals(i, in.readInt());
                assertEquals(i % 7 == 0 ? "" : "text " + i + " ‘quoted’", in.readText());
                assertEquals(i * 1_000_003L, in.readLong());
                assertEquals(i % 3 == 0, in.readBoolean());
            }
            assertEquals(longText, in.readText());
            assertEquals(-1, in.readInt());
            assertThrows(BufferUnderflowException.class, in::readInt);
        }
    }

    @Test
    void aFileCutShortOrALengthPastItsEndIsRefused() throws IOException {
        Path file = dir.resolve("f");
        try (CacheOut out = CacheOut.create(file)) {
            out.writeText("x".repeat(1000));
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, 500));
        try (CacheIn in = CacheIn.open(file)) {
            assertThrows(BufferUnderflowException.class, in::readText);
        }
        // a length no file has: refused before anything is allocated for it
        Files.write(file, new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1, 2, 3});
        try (CacheIn in = CacheIn.open(file)) {
            assertThrows(BufferUnderflowException.class, in::readText);
        }
    }
}
