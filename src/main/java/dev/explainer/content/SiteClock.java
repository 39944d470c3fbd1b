package dev.explainer.content;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The site's "now", which decides what is scheduled (dated in the future), what has expired and
 * what goes in the news sitemap: the real clock, or a moment fixed with {@code --now} so a build
 * can be repeated and tested. A date alone means the end of that day in the site's time zone, so
 * everything dated that day is out.
 */
public final class SiteClock {
    private final Clock real;
    private final When fixed;

    private SiteClock(Clock real, When fixed) {
        this.real = real;
        this.fixed = fixed;
    }

    public static SiteClock system() {
        return new SiteClock(Clock.systemUTC(), null);
    }

    /** @throws IllegalArgumentException when {@code text} is no date or date-time */
    public static SiteClock parse(String text) {
        Optional<When> when = When.parse(text);
        if (when.isEmpty()) {
            throw new IllegalArgumentException("cannot read '" + text + "' as a date (2025-06-14) or a date and time"
                    + " (2025-06-14T09:30, 2025-06-14T09:30:00+02:00), in a year from 1000 to 9999");
        }
        return new SiteClock(null, when.get());
    }

    public static SiteClock at(When when) {
        return new SiteClock(null, when);
    }

    public boolean isFixed() {
        return fixed != null;
    }

    public Instant now(ZoneId zone) {
        if (fixed == null) {
            return real.instant();
        }
        return fixed.dateOnly() ? fixed.end(zone).minusNanos(1) : fixed.start(zone).toInstant();
    }

    @Override
    public String toString() {
        return fixed == null ? "the system clock" : String.valueOf(fixed);
    }
}
