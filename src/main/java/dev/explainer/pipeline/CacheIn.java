package dev.explainer.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A cache file read through one buffer, the values taken straight from its bytes: the cache's
 * readers take millions of small values, where a stream costs a call and a lock for each byte, and
 * a file read whole (50 MB at 10,000 articles) would be garbage that the collector copies. A file
 * cut short or with a length past its end throws {@link BufferUnderflowException}, one it cannot
 * read {@link UncheckedIOException}; the cache is then ignored.
 */
final class CacheIn implements Closeable {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 18);
    /** The bytes of the file not yet in the buffer. */
    private long unread;
    private byte[] text = new byte[256];

    private CacheIn(FileChannel channel) throws IOException {
        this.channel = channel;
        this.unread = channel.size();
        buffer.flip();
    }

    static CacheIn open(Path file) throws IOException {
        return new CacheIn(FileChannel.open(file, StandardOpenOption.READ));
    }

    int readInt() {
        need(4);
        return buffer.getInt();
    }

    long readLong() {
        need(8);
        return buffer.getLong();
    }

    boolean readBoolean() {
        need(1);
        return buffer.get() != 0;
    }

    /** What {@link CacheOut#writeText} wrote. */
    String readText() {
        return utf8(readInt());
    }

    /** The next {@code length} bytes, as UTF-8. */
    String utf8(int length) {
        if (length < 0 || length > buffer.remaining() + unread) {
            throw new BufferUnderflowException();
        }
        if (length <= buffer.capacity()) {
            need(length);
            String s = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + length);
            return s;
        }
        if (text.length < length) {
            text = new byte[length];
        }
        int have = buffer.remaining();
        buffer.get(text, 0, have);
        for (int at = have; at < length; ) {
            need(Math.min(buffer.capacity(), length - at));
            int n = Math.min(buffer.remaining(), length - at);
            buffer.get(text, at, n);
            at += n;
        }
        return new String(text, 0, length, StandardCharsets.UTF_8);
    }

    /** At least {@code n} bytes (at most the buffer's size) in the buffer. */
    private void need(int n) {
        if (buffer.remaining() >= n) {
            return;
        }
        if (buffer.remaining() + unread < n) {
            throw new BufferUnderflowException();
        }
        buffer.compact();
        try {
            while (buffer.position() < n) {
                int read = channel.read(buffer);
                if (read < 0) {
                    throw new BufferUnderflowException();
                }
                unread -= read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.flip();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
