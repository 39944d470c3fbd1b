package dev.explainer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
