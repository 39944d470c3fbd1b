package dev.explainer.frontmatter;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A file's size and a 64-bit checksum of its bytes (two CRCs of different polynomials, read at memory
 * speed): what the build cache compares to tell a changed file from an unchanged one.
 */
public record FileSum(long size, long sum) {
    public static FileSum of(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return new FileSum(bytes.length, c.getValue() << 32 | d.getValue());
    }

    /** Names the bytes in a few characters. */
    public String text() {
        return size + ":" + Long.toHexString(sum);
    }
}
