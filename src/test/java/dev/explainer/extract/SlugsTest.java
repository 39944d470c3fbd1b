package dev.explainer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void foldsAccentsAndCollapsesPunctuation() {
        assertEquals("francois-hollande", Slugs.slug("François  Hollande!"));
        assertEquals("nuri-al-maliki", Slugs.slug("Nuri al-Maliki"));
    }

    @Test
    void aLookAlikeLetterInALatinSlugBecomesTheLatinLetter() {
        assertEquals("test-story", Slugs.slug("T\u0435st story"), "Cyrillic е in a Latin word");
        assertEquals("paypal-scam", Slugs.slug("\u0420ay\u0420al scam"), "Cyrillic Р");
        assertEquals("cop-talks", Slugs.slug("\u0441\u043e\u0440 talks"), "a word only of look-alikes, beside Latin ones");
        assertEquals("путин-meets-biden", Slugs.slug("Путин meets Biden"), "a Cyrillic word of its own stays");
        assertEquals("сор", Slugs.slug("сор"), "a Cyrillic slug stays Cyrillic");
        assertEquals("αθήνα", Slugs.slug("Αθήνα"));
    }

    @Test
    void neverReturnsEmpty() {
        assertEquals("x", Slugs.slug("—“”"));
        assertEquals("x", Slugs.slug(""));
        assertEquals("x", Slugs.slug(null));
    }

    @Test
    void dropsLeadingArticleFromEntityIds() {
        assertEquals("guardian", Slugs.entityId("The Guardian"));
        assertEquals("the", Slugs.entityId("The"));
    }

    @Test
    void keepsTheLettersOfOtherScripts() {
        assertEquals("ирак-кризис", Slugs.slug("Ирак: кризис"));
        assertEquals("jose-maria", Slugs.slug("José María"));
    }

    @Test
    void keepsCombiningMarksOfOtherScriptsAndFitsAFileName() {
        assertEquals("हिन्दी-समाचार", Slugs.slug("हिन्दी समाचार"));
        String slug = Slugs.slug("Длинная история ".repeat(20));
        assertTrue(slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 120, slug);
        assertTrue(slug.endsWith("история"), slug);
    }

    @Test
    void slugsAsTheRegexDefinitionDoes() {
        String[] pieces = {"a", "Z", "9", " ", "-", "--", "’", "é", "e\u0301", "İ", "ß", "Σ", "ς", "日本", "😀", "\uD835\uDC00",
            "\uD800", "\uDC00", "हिन्दी", "²", "Ⅻ", "\u00a0", "ﬁ", "_", ".", "The ", "\u0000"};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            assertEquals(regexSlug(s), Slugs.slug(s), s);
        }
    }

    /** Slugs as first written (for text short enough not to be cut): runs of other characters replaced by a regex. */
    private static String regexSlug(String s) {
        String nfkd = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(nfkd.length());
        for (int i = 0; i < nfkd.length(); i++) {
            char c = nfkd.charAt(i);
            if (!(Character.getType(c) == Character.NON_SPACING_MARK && b.length() > 0 && b.charAt(b.length() - 1) < 128)) {
                b.append(c);
            }
        }
        String folded = Normalizer.normalize(b, Normalizer.Form.NFC);
        String slug = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+").matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+", "").replaceAll("-+$", "");
        assertTrue(slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= Slugs.MAX_BYTES, "too long to compare");
        return slug.isEmpty() ? "x" : slug;
    }
}
