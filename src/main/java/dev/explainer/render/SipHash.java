package dev.explainer.render;

/**
 * SipHash-2-4 (Aumasson and Bernstein), fed in pieces: a keyed hash, so that without the key nobody
 * can write two texts with the same value. A page's fingerprint decides whether it is drawn again;
 * SHA-256 was a sixth of a cold build where the JIT gives it no intrinsic (C1), this is a few
 * instructions a byte. Not thread-safe: one per fingerprint.
 */
final class SipHash {
    private long v0;
    private long v1;
    private long v2;
    private long v3;
    /** The bytes of the word being filled, little-endian, and how many there are. */
    private long word;
    private int inWord;
    private long length;

    SipHash(long k0, long k1) {
        v0 = k0 ^ 0x736f6d6570736575L;
        v1 = k1 ^ 0x646f72616e646f6dL;
        v2 = k0 ^ 0x6c7967656e657261L;
        v3 = k1 ^ 0x7465646279746573L;
    }

    void update(byte b) {
        word |= (b & 0xFFL) << (8 * inWord);
        length++;
        if (++inWord == 8) {
            compress(word);
            word = 0;
            inWord = 0;
        }
    }

    void update(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && inWord != 0) {
            update(bytes[i++]);
        }
        for (; i + 8 <= to; i += 8) {
            compress(bytes[i] & 0xFFL | (bytes[i + 1] & 0xFFL) << 8 | (bytes[i + 2] & 0xFFL) << 16
                    | (bytes[i + 3] & 0xFFL) << 24 | (bytes[i + 4] & 0xFFL) << 32 | (bytes[i + 5] & 0xFFL) << 40
                    | (bytes[i + 6] & 0xFFL) << 48 | (bytes[i + 7] & 0xFFL) << 56);
            length += 8;
        }
        while (i < to) {
            update(bytes[i++]);
        }
    }

    /** The value; the hash takes nothing more after it. */
    long finish() {
        compress(word | length << 56);
        v2 ^= 0xff;
        for (int i = 0; i < 4; i++) {
            round();
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private void compress(long m) {
        v3 ^= m;
        round();
        round();
        v0 ^= m;
    }

    private void round() {
        v0 += v1;
        v1 = Long.rotateLeft(v1, 13);
        v1 ^= v0;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v3;
        v3 = Long.rotateLeft(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = Long.rotateLeft(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = Long.rotateLeft(v1, 17);
        v1 ^= v2;
        v2 = Long.rotateLeft(v2, 32);
    }
}
