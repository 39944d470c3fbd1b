package dev.explainer.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A cache file written through one buffer, in the order {@link CacheIn} reads it (big-endian). A
 * file it cannot write throws {@link UncheckedIOException}.
 */
final class CacheOut implements Closeable {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 18);

    private CacheOut(FileChannel channel) {
        this.channel = channel;
    }

    static CacheOut create(Path file) throws IOException {
        return new CacheOut(FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW));
    }

    void writeInt(int v) {
        room(4);
        buffer.putInt(v);
    }

    void writeLong(long v) {
        room(8);
        buffer.putLong(v);
    }

    void writeBoolean(boolean v) {
        room(1);
        buffer.put((byte) (v ? 1 : 0));
    }

    /** The string's length in UTF-8 bytes, then those bytes. */
    void writeText(String s) {
        writeUtf8(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The length of {@code utf8}, then its bytes. */
    void writeUtf8(byte[] utf8) {
        writeInt(utf8.length);
        if (utf8.length > buffer.capacity()) {
            flush();
            drain(ByteBuffer.wrap(utf8));
        } else {
            room(utf8.length);
            buffer.put(utf8);
        }
    }

    private void room(int n) {
        if (buffer.remaining() < n) {
            flush();
        }
    }

    private void flush() {
        buffer.flip();
        drain(buffer);
        buffer.clear();
    }

    private void drain(ByteBuffer bytes) {
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what is buffered and closes the file. */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } catch (UncheckedIOException e) {
            channel.close();
            throw e.getCause();
        }
        channel.close();
    }
}
