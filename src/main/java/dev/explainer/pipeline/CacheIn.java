package dev.explainer.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cache file read whole into memory, and the values in it read straight from its bytes: the
 * cache's readers take millions of small values, where a stream costs a call and a lock for each
 * byte. A file cut short throws {@link java.nio.BufferUnderflowException}; the cache is then ignored.
 */
final class CacheIn {
    private final ByteBuffer bytes;

    private CacheIn(byte[] bytes) {
        this.bytes = ByteBuffer.wrap(bytes);
    }

    static CacheIn open(Path file) throws IOException {
        return new CacheIn(Files.readAllBytes(file));
    }

    int readInt() {
        return bytes.getInt();
    }

    long readLong() {
        return bytes.getLong();
    }

    boolean readBoolean() {
        return bytes.get() != 0;
    }

    /** What {@link CacheOut#writeText} wrote. */
    String readText() {
        return utf8(readInt());
    }

    /** The next {@code length} bytes, as UTF-8. */
    String utf8(int length) {
        int at = bytes.position();
        String s = new String(bytes.array(), at, length, StandardCharsets.UTF_8);
        bytes.position(at + length);
        return s;
    }
}
