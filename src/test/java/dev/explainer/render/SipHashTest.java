package dev.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SipHashTest {
    private static final long K0 = 0x0706050403020100L;
    private static final long K1 = 0x0f0e0d0c0b0a0908L;

    /** The reference vectors: key 00..0f, message 00..(n-1). */
    @Test
    void givesTheReferenceValues() {
        long[] expected = {0x726fdb47dd0e0e31L, 0x74f839c593dc67fdL, 0x0d6c8009d9a94f5aL, 0x85676696d7fb7e2dL,
            0xcf2794e0277187b7L, 0x18765564cd99a68dL, 0xcbc9466e58fee3ceL, 0xab0200f58b01d137L, 0x93f5f5799a932462L,
            0x9e0082df0ba9e4b0L, 0x7a5dbbc594ddb9f3L, 0xf4b32f46226bada7L, 0x751e8fbc860ee5fbL, 0x14ea5627c0843d90L,
            0xf723ca908e7af2eeL, 0xa129ca6149be45e5L, 0x3f2acc7f57c29bdbL};
        for (int n = 0; n < expected.length; n++) {
            byte[] message = new byte[n];
            for (int i = 0; i < n; i++) {
                message[i] = (byte) i;
            }
            SipHash whole = new SipHash(K0, K1);
            whole.update(message, 0, n);
            assertEquals(expected[n], whole.finish(), "length " + n);
            // in pieces of every size, the same value
            for (int piece = 1; piece <= n; piece++) {
                SipHash pieces = new SipHash(K0, K1);
                for (int at = 0; at < n; at += piece) {
                    pieces.update(message, at, Math.min(n, at + piece));
                }
                assertEquals(expected[n], pieces.finish(), "length " + n + " in pieces of " + piece);
            }
        }
    }
}
