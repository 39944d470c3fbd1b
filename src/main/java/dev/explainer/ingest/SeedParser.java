package dev.explainer.ingest;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import dev.explainer.extract.Slugs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one plain-text article. The shape: an optional header of 'Date:', 'Author:' (or 'By:'),
 * 'Source:', 'Story:', 'Slug:' lines; the headline; an optional kicker ('Extended coverage: Iraq
 * crisis') and byline ('By Jane Doe'); then paragraphs separated by blank lines. A dateline on the
 * first paragraph ('LONDON -', 'BAGHDAD, June 14 (AFP) -') is taken out of the text; it gives the
 * source and, with a year, the date.
 */
public final class SeedParser {
    public static final int MAX_HEADLINE = 250;
    private static final int MAX_SLUG = 80;
    private static final Pattern HEADER = Pattern.compile(
            "(?i)(date|author|by|byline|source|story|slug)\\s*:\\s*(.*)");
    private static final Pattern KICKER = Pattern.compile(
            "(?i)(?:(?:extended|live|full|continuing|latest|more|special)\\s+coverage|story|topic)\\s*:\\s*(\\S.*)");
    private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+(\\p{Lu}[\\p{L}.'’ -]{1,80})");
    /** "LONDON -", "LONDON —", "BUDAPEST (AFP) -", "GUAYAQUIL, Ecuador (AFP) -", "LONDON, June 14 (Reuters) -". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu} .'’-]+\\p{Lu}(?:, [\\p{L} .]+)?)(?:,\\s+((\\p{L}+)\\.? (\\d{1,2})(?:,? (\\d{4}))?))?"
                    + "(?:\\s*\\(([^)]{1,40})\\))?\\s*[-–—]+\\s");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private SeedParser() {
    }

    /** The article, when the seed has one, and everything worth telling about the seed. */
    public record Result(Optional<Article> article, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public static Result parse(String path, String hash, String text, List<MetaField> sidecar) {
        List<Diagnostic> diags = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = skipBlank(lines, 0);
        Map<String, MetaField> meta = new LinkedHashMap<>();
        Matcher m;
        while (i < lines.length && (m = HEADER.matcher(lines[i])).matches()) {
            String key = m.group(1).toLowerCase(Locale.ROOT);
            key = key.startsWith("by") ? "author" : key;
            meta.put(key, new MetaField(key, m.group(2).strip(), new SourcePos(path, i + 1)));
            i++;
        }
        i = skipBlank(lines, i);
        sidecar.forEach(f -> meta.put(f.key(), f));
        if (i >= lines.length) {
            return failed(diags, Diagnostic.error(new SourcePos(path, Math.min(i, lines.length)), "no headline")
                    .withHint("put the headline on the first line, then a blank line, then the article"));
        }
        String headline = lines[i].strip();
        SourcePos headPos = new SourcePos(path, i + 1);
        if (KICKER.matcher(headline).matches()) {
            return failed(diags, Diagnostic.error(headPos, "no headline: the first line is the kicker '" + headline + "'")
                    .withHint("put the headline on the line before it"));
        }
        if (headline.length() > MAX_HEADLINE) {
            return failed(diags, Diagnostic.error(headPos, "no headline: the first line is "
                    + headline.length() + " characters long").withHint("put the headline on a line of its own"));
        }
        List<String> paragraphs = paragraphs(lines, i + 1);
        String story = null;
        String author = null;
        for (int p = 0; p < Math.min(2, paragraphs.size()); p++) {
            Matcher k = KICKER.matcher(paragraphs.get(p));
            Matcher b = BYLINE.matcher(paragraphs.get(p));
            if (story == null && k.matches()) {
                story = k.group(1).strip();
                paragraphs.remove(p--);
            } else if (author == null && b.matches()) {
                author = b.group(1).strip();
                paragraphs.remove(p--);
            }
        }
        String dateline = null;
        boolean datelineHasDay = false;
        String source = null;
        LocalDate date = null;
        if (!paragraphs.isEmpty() && (m = DATELINE.matcher(paragraphs.get(0))).find()) {
            dateline = m.group().replaceAll("[\\s–—-]+$", "");
            datelineHasDay = m.group(2) != null;
            source = m.group(6);
            if (m.group(5) != null) {
                date = Dates.parse(m.group(3) + " " + m.group(4) + ", " + m.group(5)).orElse(null);
            }
        }
        if (meta.containsKey("story")) {
            story = meta.get("story").value();
        }
        if (meta.containsKey("author")) {
            author = meta.get("author").value();
        }
        if (meta.containsKey("source")) {
            source = meta.get("source").value();
        }
        MetaField dateField = meta.get("date");
        if (dateField != null) {
            Optional<LocalDate> parsed = Dates.parse(dateField.value());
            if (parsed.isEmpty()) {
                diags.add(Diagnostic.error(dateField.pos(), "cannot read date '" + dateField.value() + "'")
                        .withHint("write it as YYYY-MM-DD, for example 2014-06-14, in a year from 1000 to 9999"));
                return new Result(Optional.empty(), diags);
            }
            date = parsed.get();
        }
        if (paragraphs.isEmpty()) {
            diags.add(Diagnostic.warning(headPos, "the article has a headline but no text"));
        }
        if (date == null) {
            diags.add(Diagnostic.warning(headPos, "no date; the article is shown as undated").withHint(datelineHasDay
                    ? "the dateline '" + dateline + "' has no year; add a 'Date: YYYY-MM-DD' line above the headline"
                    : "add a 'Date: YYYY-MM-DD' line above the headline, or set 'date:' in the sidecar or the content page"));
        }
        MetaField slugField = meta.get("slug");
        if (slugField != null && !slugField.value().codePoints().anyMatch(Character::isLetterOrDigit)) {
            diags.add(Diagnostic.error(slugField.pos(), "slug '" + slugField.value() + "' has no letters or digits"));
            return new Result(Optional.empty(), diags);
        }
        String slug = slugField != null ? Slugs.slug(slugField.value()) : shorten(Slugs.slug(headline));
        if (slug.equals("x") && slugField == null) {
            // a headline of only punctuation: the file's name is the next best thing
            String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.txt$", "");
            slug = shorten(Slugs.slug(name));
        }
        return new Result(Optional.of(new Article(path, hash, headPos.line(), headline, slug, blankToNull(story), date,
                blankToNull(author), blankToNull(source), dateline, paragraphs)), diags);
    }

    private static List<String> paragraphs(String[] lines, int from) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = from; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (line.isEmpty()) {
                if (current.length() > 0) {
                    out.add(SPACES.matcher(current).replaceAll(" "));
                    current.setLength(0);
                }
            } else {
                current.append(current.length() > 0 ? " " : "").append(line);
            }
        }
        return out;
    }

    /** Keeps slugs of long headlines readable: whole words up to MAX_SLUG characters. */
    static String shorten(String slug) {
        if (slug.length() <= MAX_SLUG) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_SLUG);
        return slug.substring(0, cut > 0 ? cut : MAX_SLUG);
    }

    private static int skipBlank(String[] lines, int i) {
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Result failed(List<Diagnostic> diags, Diagnostic d) {
        diags.add(d);
        return new Result(Optional.empty(), diags);
    }
}
