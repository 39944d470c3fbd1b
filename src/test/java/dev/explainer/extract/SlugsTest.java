package dev.explainer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void foldsAccentsAndCollapsesPunctuation() {
        assertEquals("francois-hollande", Slugs.slug("François  Hollande!"));
        assertEquals("nuri-al-maliki", Slugs.slug("Nuri al-Maliki"));
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
}
