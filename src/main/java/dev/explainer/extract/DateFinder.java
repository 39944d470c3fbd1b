package dev.explainer.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * Finds the days an article names ("on Friday", "yesterday", "last night", "June 12", "June 12,
 * 2014") and resolves them against the article's date. A weekday or a month and day goes the way
 * the clause's tense points ({@link Tense}). A week, month or year is a period, not a day: it is
 * not a timeline date, and neither is a range ("April 11-20") or a weekday that names a habit
 * ("its usual Thursday meeting").
 */
final class DateFinder {
    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String MONTH = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final String PART = "morning|afternoon|evening|night";
    /** "April one", "March Four": wires spell small numbers out. */
    private static final List<String> DAY_NAMES = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three", "twenty-four", "twenty-five", "twenty-six",
            "twenty-seven", "twenty-eight", "twenty-nine", "thirty", "thirty-one");
    private static final String DAY_WORDS = String.join("|", DAY_NAMES.stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());
    private static final Pattern DATES = Pattern.compile(
            "\\b(?:(?<wqual>last|next|this|on) )?(?<weekday>" + WEEKDAY + ")(?:’s|'s)?(?: (?:" + PART + "))?"
            + "(?: (?<wweek>last|next|this) week)?\\b"
            + "|\\b(?<deictic>yesterday|today|tomorrow|tonight)(?:’s|'s)?\\b"
            + "|\\b(?<dqual>this|last|yesterday|tomorrow) (?<part>" + PART + ")\\b"
            + "|\\b(?:on )?(?<month>" + MONTH + ")\\.? (?<day>\\d{1,2}|" + DAY_WORDS + ")(?:st|nd|rd|th)?\\b"
            + "(?:,? (?<year>\\d{4})\\b| (?<myear>this|last|next) year\\b)?"
            + "|\\b(?:on )?(?<day2>\\d{1,2})(?:st|nd|rd|th)? (?<month2>" + MONTH + ")\\b(?:,? (?<year2>\\d{4})\\b)?",
            Pattern.CASE_INSENSITIVE);
    /** "April 11-20", "May 25 and 26": two days or more, not one. */
    private static final Pattern RANGE_AFTER = Pattern.compile(
            "^\\s?(?:[-–]\\s?\\d|(?:and|to|or) \\d{1,2}(?:st|nd|rd|th)?(?=[\\s,;)]|$)(?! (?i:" + MONTH + ")))");

    /** The words a date form can open with (a digit aside), by initial a to z: DATES is tried only where one stands. */
    private static final List<List<String>> OPENERS = IntStream.rangeClosed('a', 'z')
            .mapToObj(initial -> Stream.of((WEEKDAY + "|" + MONTH + "|on|last|next|this|yesterday|today|tomorrow|tonight")
                    .split("\\|")).filter(word -> word.charAt(0) == initial).toList())
            .toList();
    /** "at Friday prayers", "its usual Thursday date": a weekday naming a kind of thing, not a day. */
    private static final Set<String> NOT_A_DAY_BEFORE = Set.of("at", "the", "a", "an", "every", "each", "of",
            "usual", "weekly", "its", "their", "normal", "regular");

    /** How sure each way of resolving a day is: measured on the tuning part of the development set. */
    static final double DEICTIC = 0.95;
    static final double QUALIFIED = 0.92;
    static final double TENSED = 0.9;
    static final double UNTENSED = 0.85;
    static final double TODAYS_WEEKDAY = 0.9;
    static final double TODAYS_WEEKDAY_AHEAD = 0.5;
    static final double WEEKDAY_UNTENSED = 0.6;
    static final double AGAINST_TENSE = 0.75;
    static final double ABSOLUTE = 0.97;
    /** Days: a month-day this close to the article's is sure, one this far is odd without its year. */
    private static final int NEAR = 75;
    private static final int FAR = 180;

    List<DateRef> find(Sentence sentence, LocalDate articleDate) {
        return find(sentence, articleDate, false);
    }

    /** @param lowercase the article is written all in lower case, so a weekday or month needs no capital */
    List<DateRef> find(Sentence sentence, LocalDate articleDate, boolean lowercase) {
        List<DateRef> refs = new ArrayList<>();
        String text = sentence.text();
        int dateline = sentence.paragraph() == 0 && sentence.start() == 0 ? datelineEnd(text) : 0;
        // What find() would match, tried only at the few positions where a match can start:
        // transparent bounds let \b see the character before the region.
        Matcher m = DATES.matcher(text).useTransparentBounds(true);
        int at = 0;
        while ((at = nextOpener(text, at)) >= 0) {
            if (!m.region(at, text.length()).lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            if (m.end() <= dateline || !isDay(m, text, lowercase)) {
                continue;
            }
            Resolved r = articleDate == null ? new Resolved(null, 0, "the article has no date")
                    : resolve(m, articleDate, text);
            if (r != null) {
                refs.add(new DateRef(m.group(), r.date(), sentence.paragraph(), text, r.confidence(), r.basis()));
            }
        }
        return refs;
    }

    private record Resolved(LocalDate date, double confidence, String basis) {
    }

    /** "NEW YORK, Nov 14 (Reuters) - ": a wire dateline names the article's own day, not an event. */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}{2,}[\\p{Lu} .'’/-]*(?:,[^-–—]{1,40}?)?\\s[-–—]{1,2}\\s");

    private static int datelineEnd(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    private static boolean isDay(Matcher m, String text, boolean lowercase) {
        if (m.group("weekday") != null) {
            boolean capitalised = lowercase || Character.isUpperCase(m.group("weekday").charAt(0));
            boolean possessive = m.group().contains("'s") || m.group().contains("’s");
            return capitalised && (m.group("wqual") != null || possessive || !isWeekdayAttribute(text, m.start()));
        }
        String deictic = m.group("deictic");
        if (deictic != null && Character.isUpperCase(deictic.charAt(0)) && afterWord(text, m.start())) {
            return false; // "BBC Radio 4's Today programme": after a word, a capital makes it a name
        }
        String month = m.group("month") != null ? m.group("month") : m.group("month2");
        if (month != null) {
            // "may 5" is a verb and a number; "mar" and "dec" are words too: months must be capitalised
            return (lowercase || Character.isUpperCase(month.charAt(0))) && !RANGE_AFTER.matcher(text.substring(m.end())).find();
        }
        return true;
    }

    /** Whether a letter or digit stands before {@code at}, past spaces: "4's Today", not "“Tomorrow". */
    private static boolean afterWord(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
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

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static Resolved resolve(Matcher m, LocalDate base, String text) {
        if (m.group("weekday") != null) {
            return weekday(m, base, text);
        }
        if (m.group("deictic") != null) {
            return switch (lower(m.group("deictic"))) {
                case "yesterday" -> new Resolved(base.minusDays(1), DEICTIC, "yesterday: the day before the article");
                case "tomorrow" -> new Resolved(base.plusDays(1), DEICTIC, "tomorrow: the day after the article");
                default -> new Resolved(base, DEICTIC, "the article's day");
            };
        }
        if (m.group("part") != null) {
            return switch (lower(m.group("dqual"))) {
                case "yesterday" -> new Resolved(base.minusDays(1), DEICTIC, "yesterday: the day before the article");
                case "tomorrow" -> new Resolved(base.plusDays(1), DEICTIC, "tomorrow: the day after the article");
                case "last" -> lower(m.group("part")).equals("night")
                        ? new Resolved(base.minusDays(1), DEICTIC, "last night: the night before the article")
                        : null; // "last morning" is no day anyone writes
                default -> new Resolved(base, DEICTIC, "the article's day");
            };
        }
        String month = m.group("month") != null ? m.group("month") : m.group("month2");
        String day = m.group("day") != null ? m.group("day") : m.group("day2");
        String year = m.group("year") != null ? m.group("year") : m.group("year2");
        if (year == null && m.group("myear") != null) {
            // "September 30 this year", "July 31 last year"
            int offset = switch (lower(m.group("myear"))) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            year = String.valueOf(base.getYear() + offset);
        }
        return monthDay(month, dayNumber(day), year, base, tenseOf(text, m));
    }

    /** "Friday, March 20": a weekday with its date is that date. */
    private static final Pattern ITS_DATE = Pattern.compile("^,? (" + MONTH + ")\\.? (\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);

    private static Resolved weekday(Matcher m, LocalDate base, String text) {
        DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        Matcher dated = ITS_DATE.matcher(text.substring(m.end()));
        if (dated.find()) {
            Resolved r = monthDay(dated.group(1), Integer.parseInt(dated.group(2)), null, base, tenseOf(text, m));
            if (r != null && r.date().getDayOfWeek() == day) {
                return new Resolved(r.date(), TENSED, "the date written after it");
            }
        }
        String week = lower(m.group("wweek"));
        if (!week.isEmpty()) {
            int weeks = switch (week) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            LocalDate monday = base.plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new Resolved(monday.with(TemporalAdjusters.nextOrSame(day)), QUALIFIED, "that weekday of " + week + " week");
        }
        switch (lower(m.group("wqual"))) {
            case "last":
                return new Resolved(base.with(TemporalAdjusters.previous(day)), QUALIFIED, "'last': the one before the article");
            case "next":
                return new Resolved(base.with(TemporalAdjusters.next(day)), QUALIFIED, "'next': the one after the article");
            default:
                break;
        }
        Tense.Kind tense = tenseOf(text, m);
        if (day == base.getDayOfWeek()) {
            // the article's own weekday: today in the past tense, a week on in the future, and unsure either way
            return tense == Tense.Kind.FUTURE
                    ? new Resolved(base.plusWeeks(1), TODAYS_WEEKDAY_AHEAD, "the article's weekday, in the future tense: a week on")
                    : new Resolved(base, TODAYS_WEEKDAY, "the article's weekday: taken as the article's day");
        }
        return switch (tense) {
            case FUTURE -> new Resolved(base.with(TemporalAdjusters.next(day)), TENSED, "future tense: the next one");
            case PAST -> new Resolved(base.with(TemporalAdjusters.previous(day)), TENSED, "past tense: the one before");
            case UNKNOWN -> new Resolved(base.with(TemporalAdjusters.previous(day)), WEEKDAY_UNTENSED, "no tense word: the one before");
        };
    }

    private static Resolved monthDay(String monthName, int day, String year, LocalDate base, Tense.Kind tense) {
        int month = monthNumber(monthName);
        int y = year != null ? Integer.parseInt(year) : base.getYear();
        if (day < 1 || y < 1 || y > 9999 || day > YearMonth.of(y, month).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(y, month, day);
        if (year != null) {
            return new Resolved(date, ABSOLUTE, "a full date");
        }
        LocalDate before = occurrence(month, day, base, -1);
        LocalDate after = occurrence(month, day, base, 1);
        if (before == null || after == null) {
            return null;
        }
        LocalDate chosen = switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case UNKNOWN -> days(before, base) <= days(base, after) ? before : after;
        };
        LocalDate other = chosen.equals(before) ? after : before;
        // "a walkout for Jan. 9" written in December: a day a year away would have been given its year
        if (Math.abs(days(chosen, base)) > FAR && Math.abs(days(other, base)) <= NEAR) {
            return new Resolved(other, AGAINST_TENSE, "the nearer of the two years, against the tense");
        }
        double sure = Math.abs(days(chosen, base)) <= NEAR ? TENSED : UNTENSED;
        return new Resolved(chosen, sure, tense == Tense.Kind.UNKNOWN ? "the nearer of the two years"
                : "the year the tense points to");
    }

    /** The latest day of that month and day on or before {@code base} (direction -1), or the first on or after it (+1). */
    private static LocalDate occurrence(int month, int day, LocalDate base, int direction) {
        for (int y = base.getYear() - 1; y <= base.getYear() + 1; y++) {
            int year = direction < 0 ? base.getYear() * 2 - y : y;
            if (year < 1 || year > 9999 || day > YearMonth.of(year, month).lengthOfMonth()) {
                continue;
            }
            LocalDate d = LocalDate.of(year, month, day);
            if (direction < 0 ? !d.isAfter(base) : !d.isBefore(base)) {
                return d;
            }
        }
        return null;
    }

    private static long days(LocalDate from, LocalDate to) {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to);
    }

    /** "a hearing for July 28", "by Monday", "the year ending June 30": a word before the day that looks ahead. */
    private static final Set<String> AHEAD = Set.of("for", "until", "till", "by", "through", "ending", "ends",
            "starting", "beginning", "deadline", "due", "before", "payable", "expire", "expires");

    /** The tense the phrase is read in: a word just before it that looks ahead, else the clause's tense. */
    private static Tense.Kind tenseOf(String text, Matcher m) {
        int end = m.start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        String before = lower(text.substring(from, end));
        return AHEAD.contains(before) ? Tense.Kind.FUTURE : Tense.around(text, m.start(), m.end());
    }

    private static int dayNumber(String day) {
        int spelled = DAY_NAMES.indexOf(lower(day));
        return spelled >= 0 ? spelled + 1 : Integer.parseInt(day);
    }

    private static int monthNumber(String name) {
        String prefix = lower(name).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(prefix) + 1;
    }

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

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
