package dev.explainer.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds references to days ("on Friday", "yesterday", "last week", "June 12") and resolves them
 * against the article date. News is written in the past tense, so a bare weekday means the latest
 * such day on or before the article date unless the sentence speaks of the future. A week, month
 * or year resolves to its first day (Monday for weeks).
 */
final class DateFinder {
    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String MONTH = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final Pattern DATES = Pattern.compile(
            "\\b(?:(?<wqual>on|last|next|this) )?(?<weekday>" + WEEKDAY + ")\\b"
            + "|\\b(?<deictic>yesterday|today|tomorrow|tonight)\\b"
            + "|\\b(?<pqual>last|next|this) (?<period>week|month|year)\\b"
            + "|\\b(?:on )?(?<month>" + MONTH + ")\\.? (?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (?<year>\\d{4})\\b)?"
            + "|\\b(?:on )?(?<day2>\\d{1,2}) (?<month2>" + MONTH + ")\\b(?: (?<year2>\\d{4})\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|is due|are due|is expected to|are expected to|scheduled|plans to|plan to|is to|are to)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The words a date form can open with (a digit aside), by initial a to z: DATES is tried only where one stands. */
    private static final List<List<String>> OPENERS = IntStream.rangeClosed('a', 'z')
            .mapToObj(initial -> Stream.of((WEEKDAY + "|" + MONTH + "|on|last|next|this|yesterday|today|tomorrow|tonight")
                    .split("\\|")).filter(word -> word.charAt(0) == initial).toList())
            .toList();
    /** Words that make a sentence speak of the future; FUTURE needs one of them. */
    private static final List<String> FUTURE_WORDS = List.of("will", "shall", "due", "expected", "scheduled",
            "plan", "is to", "are to");

    private static final Set<String> NOT_A_DAY_BEFORE = Set.of("at", "the", "a", "an", "every", "each", "of");

    List<DateRef> find(Sentence sentence, LocalDate articleDate) {
        List<DateRef> refs = new ArrayList<>();
        String text = sentence.text();
        // What find() would match, tried only at the few positions where a match can start:
        // transparent bounds let \b see the character before the region.
        Matcher m = DATES.matcher(text).useTransparentBounds(true);
        Boolean future = null;
        int at = 0;
        while ((at = nextOpener(text, at)) >= 0) {
            if (!m.region(at, text.length()).lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            if (m.group("weekday") != null && m.group("wqual") == null && !Character.isUpperCase(m.group("weekday").charAt(0))) {
                continue;
            }
            if (m.group("weekday") != null && m.group("wqual") == null && isWeekdayAttribute(text, m.start())) {
                continue;
            }
            if (isLowercaseMonthWord(m)) {
                continue;
            }
            if (future == null) {
                future = isFuture(text);
            }
            LocalDate date = articleDate == null ? null : resolve(m, articleDate, future);
            refs.add(new DateRef(m.group(), date, sentence.paragraph(), text));
        }
        return refs;
    }

    /**
     * The first position from {@code from} where a date form can start: a digit, or a word of ASCII
     * letters among the openers, neither glued to a letter or digit before it (\b would fail there).
     */
    private static int nextOpener(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (i > 0 && isAsciiLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
            int end = i;
            while (end < text.length() && isAsciiLetter(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                if (isOpener(text, i, end)) {
                    return i;
                }
                i = end; // the character after a word follows a letter: no form starts there
            }
        }
        return -1;
    }

    private static boolean isOpener(String text, int from, int to) {
        for (String opener : OPENERS.get(Character.toLowerCase(text.charAt(from)) - 'a')) {
            if (opener.length() == to - from && text.regionMatches(true, from, opener, 0, opener.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFuture(String text) {
        String lower = lower(text);
        return FUTURE_WORDS.stream().anyMatch(lower::contains) && FUTURE.matcher(text).find();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static LocalDate resolve(Matcher m, LocalDate base, boolean future) {
        if (m.group("weekday") != null) {
            DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
            String qualifier = lower(m.group("wqual"));
            return switch (qualifier) {
                case "last" -> base.with(TemporalAdjusters.previous(day));
                case "next" -> base.with(TemporalAdjusters.next(day));
                default -> future ? base.with(TemporalAdjusters.nextOrSame(day)) : base.with(TemporalAdjusters.previousOrSame(day));
            };
        }
        if (m.group("deictic") != null) {
            return switch (lower(m.group("deictic"))) {
                case "yesterday" -> base.minusDays(1);
                case "tomorrow" -> base.plusDays(1);
                default -> base;
            };
        }
        if (m.group("period") != null) {
            int offset = switch (lower(m.group("pqual"))) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            return switch (lower(m.group("period"))) {
                case "week" -> base.plusWeeks(offset).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case "month" -> base.plusMonths(offset).withDayOfMonth(1);
                default -> base.plusYears(offset).withDayOfYear(1);
            };
        }
        String month = m.group("month") != null ? m.group("month") : m.group("month2");
        String day = m.group("day") != null ? m.group("day") : m.group("day2");
        String year = m.group("year") != null ? m.group("year") : m.group("year2");
        return monthDay(month, Integer.parseInt(day), year, base, future);
    }

    private static LocalDate monthDay(String monthName, int day, String year, LocalDate base, boolean future) {
        int month = monthNumber(monthName);
        int y = year != null ? Integer.parseInt(year) : base.getYear();
        if (day < 1 || day > java.time.YearMonth.of(y, month).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(y, month, day);
        if (year == null && !future && date.isAfter(base.plusMonths(6))) {
            date = date.minusYears(1);
        } else if (year == null && future && date.isBefore(base.minusMonths(6))) {
            date = date.plusYears(1);
        }
        return date;
    }

    private static int monthNumber(String name) {
        String prefix = lower(name).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(prefix) + 1;
    }

    /** "at Friday prayers", "the Sunday edition": a weekday naming a kind of thing, not a day. */
    private static boolean isWeekdayAttribute(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return end < start && NOT_A_DAY_BEFORE.contains(lower(text.substring(from, end)));
    }

    /** "may 5" is a verb and a number; "mar" and "dec" are words too: months must be capitalised. */
    private static boolean isLowercaseMonthWord(Matcher m) {
        String month = m.group("month") != null ? m.group("month") : m.group("month2");
        return month != null && !Character.isUpperCase(month.charAt(0));
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
