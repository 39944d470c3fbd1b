package dev.explainer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ContentHash, ContentIndex and SeedText scan text by hand, some of it as bytes, instead of with regular
 * expressions, for speed on a large archive; these compare them with the regular expressions and the
 * text they replace, on random text made of the characters that matter to them.
 */
class ContentHashTest {
    private static final Pattern LINE = Pattern.compile("(?m)^content_hash: .*\n");
    private static final Pattern VALUE = Pattern.compile("(?m)^content_hash: (\\S+)$");
    private static final String[] PIECES = {"content_hash: ", "content_hash: sha256:abc", "\n", "\r", "\r\n", " ", "\t",
        "\u0085", "\u2028", "\u2029", "x", "y z", "\u00A0", "\u200B", "\uFEFF", "\u00AD", "\u0007", "---\n", "“quote”"};

    @Test
    void hashesTheTextWithoutItsHashLineAsTheRegularExpressionDid() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            String text = randomText(random);
            String expected = ContentHash.sha256(LINE.matcher(text).replaceFirst("").getBytes(StandardCharsets.UTF_8));
            assertEquals(expected, ContentHash.of(text), () -> "for " + escape(text));
            Matcher m = VALUE.matcher(text);
            boolean untouched = m.find() && m.group(1).equals(expected);
            assertEquals(untouched, ContentHash.untouched(text), () -> "for " + escape(text));
        }
    }

    @Test
    void judgesAPageFromItsBytesAsFromItsText() {
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            String before = randomText(random);
            String after = randomText(random);
            // often the hash the page would have, sometimes a wrong one or none
            String hash = random.nextInt(4) == 0 ? "sha256:0" : ContentHash.of(before + after);
            String page = random.nextInt(8) == 0 ? before + after : before + "content_hash: " + hash + "\n" + after;
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            assertEquals(ContentHash.untouched(page), ContentHash.untouched(bytes), () -> "for " + escape(page));
        }
    }

    @Test
    void findsAPagesSeedFromItsBytesAsFromItsText() {
        String[] pieces = {"---", "\n---\n", "seed: ", "seed: seeds/a.txt", "seed: 'seeds/b c.txt'", "\n", "\r\n", "\u2028",
            "x", " ", "seed:", "“q”", "\u0085"};
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "---\n" : "");
            for (int n = random.nextInt(10); n > 0; n--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String page = b.toString();
            assertEquals(ContentIndex.seedOf(page), ContentIndex.seedOf(page.getBytes(StandardCharsets.UTF_8)),
                    () -> "for " + escape(page));
        }
    }

    @Test
    void aPageIsUntouchedWhileItsTextMatchesItsHash() {
        String body = "---\ntitle: A\nseed: seeds/a.txt\n---\nText.\n";
        String hash = ContentHash.of(body);
        String page = body.replace("seed: seeds/a.txt\n", "seed: seeds/a.txt\ncontent_hash: " + hash + "\n");
        assertTrue(ContentHash.untouched(page));
        assertTrue(ContentHash.untouched(page.getBytes(StandardCharsets.UTF_8)));
        assertFalse(ContentHash.untouched(page.replace("Text.", "Text, edited.")));
        assertFalse(ContentHash.untouched(page.replace("Text.", "Text, edited.").getBytes(StandardCharsets.UTF_8)));
        assertFalse(ContentHash.untouched(body));
    }

    @Test
    void normalizesSeedTextAsTheRegularExpressionsDid() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            String text = randomText(random);
            assertEquals(reference(text), SeedText.normalize(text), () -> "for " + escape(text));
        }
    }

    /** SeedText.normalize as it was written with replace and a regular expression. */
    private static String reference(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\t', '\u2009', '\u200A' -> b.append(' ');
                case '\u200B', '\uFEFF', '\u00AD' -> { }
                default -> {
                    if (c == '\n' || !Character.isISOControl(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString().replaceAll("(?m)[ ]+$", "");
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.toString();
    }
}
