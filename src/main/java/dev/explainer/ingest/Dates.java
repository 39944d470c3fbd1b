package dev.explainer.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The date forms a newsroom writes in a header, a sidecar or front matter. */
public final class Dates {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("MMM. d, uuuu"),
            pattern("d MMMM uuuu"), pattern("d MMM uuuu"),
            pattern("EEEE, MMMM d, uuuu"), pattern("EEEE, d MMMM uuuu"));

    private Dates() {
    }

    /** The years a date may have: four digits, as sitemaps, feeds and HTTP dates need; beyond them is a typo. */
    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;

    /** The date, unless it is no date or its year is not from {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
    public static Optional<LocalDate> parse(String text) {
        return read(text).filter(Dates::plausible);
    }

    public static boolean plausible(LocalDate d) {
        return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR;
    }

    private static Optional<LocalDate> read(String text) {
        String s = text.strip();
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return Optional.of(java.time.LocalDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }
}
