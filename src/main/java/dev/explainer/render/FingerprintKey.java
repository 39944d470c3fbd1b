package dev.explainer.render;

import java.security.SecureRandom;

/**
 * The secret key of the page fingerprints: the same for every build that compares against another's
 * memos (a serve session, or a build cache that keeps it), random for each new one, and never
 * published, so news text cannot be written to make a changed page look unchanged.
 */
public record FingerprintKey(long k0, long k1) {
    public static FingerprintKey random() {
        SecureRandom random = new SecureRandom();
        return new FingerprintKey(random.nextLong(), random.nextLong());
    }
}
