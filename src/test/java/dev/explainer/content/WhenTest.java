package dev.explainer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WhenTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static When when(String text) {
        return When.parse(text).orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void aDateAloneIsMidnightInTheSiteTimeZoneAndLastsTheDay() {
        When d = when("2014-06-14");
        assertEquals(OffsetDateTime.parse("2014-06-14T00:00+01:00"), d.start(LONDON));
        assertEquals(Instant.parse("2014-06-14T23:00:00Z"), d.end(LONDON));
        assertEquals(OffsetDateTime.parse("2014-12-14T00:00Z"), when("14 December 2014").start(LONDON));
    }

    @Test
    void aTimeWithoutAnOffsetIsReadInTheSiteTimeZone() {
        assertEquals(OffsetDateTime.parse("2014-06-14T09:30+01:00"), when("2014-06-14T09:30").start(LONDON));
        assertEquals(OffsetDateTime.parse("2014-06-14T09:30+01:00"), when("2014-06-14 09:30").start(LONDON));
        assertEquals(OffsetDateTime.parse("2014-06-14T09:30+03:00"), when("2014-06-14T09:30:00+03:00").start(LONDON));
        assertEquals(OffsetDateTime.parse("2014-06-14T09:30Z"), when("2014-06-14T09:30:00Z").start(LONDON));
        assertEquals(when("2014-06-14T09:30").start(LONDON).toInstant(), when("2014-06-14T09:30").end(LONDON));
    }

    @Test
    void theSiteClockAtADateIsTheLastMomentOfThatDay() {
        Instant now = SiteClock.parse("2025-06-14").now(ZoneId.of("Europe/Paris"));
        assertTrue(now.isBefore(Instant.parse("2025-06-14T22:00:00Z")));
        assertTrue(now.isAfter(Instant.parse("2025-06-14T21:59:59Z")));
        assertEquals(Instant.parse("2025-06-14T07:30:00Z"), SiteClock.parse("2025-06-14T09:30").now(ZoneId.of("Europe/Paris")));
        assertThrows(IllegalArgumentException.class, () -> SiteClock.parse("tomorrow"));
    }

    @Test
    void baseUrlsAreFolders() {
        assertEquals("https://example.org/", SiteConfig.normalizeBaseUrl("https://Example.org"));
        assertEquals("https://example.org/news/", SiteConfig.normalizeBaseUrl("https://example.org/news"));
        assertEquals("http://127.0.0.1:8080/sub/", SiteConfig.normalizeBaseUrl(" http://127.0.0.1:8080/sub/ "));
        for (String bad : new String[] {"example.org", "/news/", "ftp://example.org/", "https://example.org/?q=1",
                "https://example.org/#top", "https://user@example.org/"}) {
            assertThrows(IllegalArgumentException.class, () -> SiteConfig.normalizeBaseUrl(bad), bad);
        }
    }
}
