package dev.explainer.content;

import dev.explainer.ingest.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A moment as an editor writes it: a date alone ("2014-06-14"), a date and time without a zone
 * ("2014-06-14 09:30", read in the site's time zone) or an exact moment ("2014-06-14T09:30:00+03:00").
 * Exactly one of {@code date}, {@code local} and {@code exact} is set.
 */
public record When(LocalDate date, LocalDateTime local, OffsetDateTime exact) {
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]");
    private static final DateTimeFormatter SPACED_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]XXX");

    public When {
        int set = (date != null ? 1 : 0) + (local != null ? 1 : 0) + (exact != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("exactly one of date, local and exact must be set");
        }
    }

    /** Reads every form {@link Dates} knows, plus ISO date-times with or without an offset, in the years it allows. */
    public static Optional<When> parse(String text) {
        return read(text).filter(w -> Dates.plausible(w.day()));
    }

    private static Optional<When> read(String text) {
        String s = text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_OFFSET_DATE_TIME, SPACED_OFFSET}) {
            try {
                return Optional.of(new When(null, null, OffsetDateTime.parse(s, f)));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE_TIME, SPACED}) {
            try {
                return Optional.of(new When(null, LocalDateTime.parse(s, f), null));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Dates.parse(s).map(d -> new When(d, null, null));
    }

    public boolean dateOnly() {
        return date != null;
    }

    /** The calendar date as written. */
    public LocalDate day() {
        return date != null ? date : local != null ? local.toLocalDate() : exact.toLocalDate();
    }

    /** When it begins: a date alone begins at midnight in {@code zone}. */
    public OffsetDateTime start(ZoneId zone) {
        if (exact != null) {
            return exact;
        }
        return (local != null ? local.atZone(zone) : date.atStartOfDay(zone)).toOffsetDateTime();
    }

    /** When it is over: a date alone lasts until the next midnight; a time is over at once. */
    public Instant end(ZoneId zone) {
        return date != null ? date.plusDays(1).atStartOfDay(zone).toInstant() : start(zone).toInstant();
    }
}
