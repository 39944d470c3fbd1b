package dev.explainer.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A cache file made in memory, in the order {@link CacheIn} reads it (big-endian), then written at once. */
final class CacheOut {
    private byte[] bytes = new byte[1 << 16];
    private int size;

    void writeInt(int v) {
        room(4);
        bytes[size] = (byte) (v >>> 24);
        bytes[size + 1] = (byte) (v >>> 16);
        bytes[size + 2] = (byte) (v >>> 8);
        bytes[size + 3] = (byte) v;
        size += 4;
    }

    void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    void writeBoolean(boolean v) {
        room(1);
        bytes[size++] = (byte) (v ? 1 : 0);
    }

    /** The string's length in UTF-8 bytes, then those bytes. */
    void writeText(String s) {
        writeUtf8(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The length of {@code utf8}, then its bytes. */
    void writeUtf8(byte[] utf8) {
        writeInt(utf8.length);
        room(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    void writeTo(Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            out.write(bytes, 0, size);
        }
    }

    private void room(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }
    }
}
