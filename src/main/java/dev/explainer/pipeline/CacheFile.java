package dev.explainer.pipeline;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cache file read whole into memory, behind a stream without locks: the cache's readers take
 * millions of small values, and a buffered file stream locks on each one.
 */
final class CacheFile extends InputStream {
    private final byte[] bytes;
    private int at;

    private CacheFile(byte[] bytes) {
        this.bytes = bytes;
    }

    static DataInputStream open(Path file) throws IOException {
        return new DataInputStream(new CacheFile(Files.readAllBytes(file)));
    }

    @Override
    public int read() {
        return at < bytes.length ? bytes[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (at >= bytes.length) {
            return -1;
        }
        int n = Math.min(len, bytes.length - at);
        System.arraycopy(bytes, at, b, off, n);
        at += n;
        return n;
    }
}
