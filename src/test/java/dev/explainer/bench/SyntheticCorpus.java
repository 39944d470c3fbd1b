package dev.explainer.bench;

import dev.explainer.extract.Slugs;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A deterministic newsroom archive of N plain-text articles in the seed format: 400 to 900 words
 * each, kickers spread unevenly over 50 running stories, a cast of titled people per story, quotes
 * in the common attribution forms, organisations introduced with their acronyms, relative dates and
 * wire datelines. Article i depends only on i (and the headlines before it, which keep slugs
 * unique), so the same N always gives the same bytes and a smaller corpus is a prefix of a larger.
 */
public final class SyntheticCorpus {
    static final int STORIES = 50;
    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    /** Quotes; {place} and {noun} are filled from the story. */
    private static final List<String> QUOTES = List.of(
            "We will not accept any deal that leaves {place} worse off", "There is no time to lose, and {noun} must go ahead",
            "Families in {place} are asking for answers, and they deserve them", "We have done everything we were asked to do",
            "Nobody wants {noun} to drag on for another month", "This is a test of whether the government keeps its word",
            "The numbers speak for themselves, and the people of {place} can read them", "We are ready to talk, but not at any price",
            "It is too early to say what {noun} will cost", "People have waited long enough",
            "Our position has not changed since the start", "We need {noun} to work for everyone in {place}, not just the capital");
    private static final List<String> BACKGROUND = List.of(
            "%,d people have been affected across %s, according to official figures.",
            "Officials in %s said %s would resume %s.", "Critics say %s came too late and offered too little.",
            "Markets in %s fell %d percent after the announcement.",
            "The government has promised to publish a full report %s.",
            "Opposition lawmakers called for %s to be put to a vote.",
            "Aid groups warned that supplies in %s could run out within %d days.",
            "A spokesperson for the ministry declined to comment on %s.",
            "Local businesses said they had lost about $%d million since the crisis began.",
            "Residents of %s queued for hours %s, witnesses said.",
            "Negotiators met for %d hours %s without reaching an agreement.",
            "The %s said in a statement that it was monitoring the situation closely.");
    private static final List<String> HEADLINE_NOUNS = List.of("aid convoys", "ceasefire plan", "budget deal",
            "inquiry", "relief funding", "new law", "rescue package", "reform plan", "snap vote", "evacuation order",
            "tariff cuts", "emergency loan");
    private static final List<String> VERBS = List.of("promises", "rejects", "defends", "backs", "delays",
            "welcomes", "questions", "unveils");

    private final Set<String> slugs = new HashSet<>();

    private SyntheticCorpus() {
    }

    /** Hands each article's seed path (under seeds/) and text to {@code sink}, in order. */
    public static void generate(int n, BiConsumer<String, String> sink) {
        SyntheticCorpus corpus = new SyntheticCorpus();
        for (int i = 0; i < n; i++) {
            Random r = new Random(0x5EED_0000_0000L + i * 0x9E37_79B9L);
            Story story = Story.of((int) (STORIES * Math.pow(r.nextDouble(), 1.6)));
            LocalDate date = FIRST_DAY.plusDays(r.nextInt(4000));
            sink.accept(String.format(Locale.ROOT, "%d/%02d/a%06d.txt", date.getYear(), date.getMonthValue(), i),
                    corpus.article(r, story, date));
        }
    }

    private String article(Random r, Story story, LocalDate date) {
        StringBuilder seed = new StringBuilder("Date: ").append(date).append('\n');
        String author = pick(r, Newsroom.FIRST) + " " + pick(r, Newsroom.LAST);
        boolean header = r.nextInt(10) < 6;
        if (header) {
            seed.append("Author: ").append(author).append('\n');
        }
        seed.append('\n').append(headline(r, story)).append("\n\n");
        seed.append(switch (r.nextInt(10)) {
            case 0 -> "Live coverage: ";
            case 1 -> "Story: ";
            default -> "Extended coverage: ";
        }).append(story.name()).append("\n\n");
        if (!header && r.nextBoolean()) {
            seed.append("By ").append(author).append("\n\n");
        }
        Prose prose = new Prose(r, story, date);
        int target = 400 + r.nextInt(501);
        int words = 0;
        for (int p = 0; words < target; p++) {
            String paragraph = p == 0 ? prose.lede() : prose.paragraph();
            words += paragraph.split(" ").length;
            seed.append(paragraph).append("\n\n");
        }
        return seed.toString();
    }

    /** A headline whose slug no earlier article of the same story has. */
    private String headline(Random r, Story story) {
        for (int attempt = 0; ; attempt++) {
            Person p = pick(r, story.cast());
            String noun = pick(r, HEADLINE_NOUNS);
            String h = switch (r.nextInt(6)) {
                case 0 -> story.name() + ": " + p.last() + " " + pick(r, VERBS) + " " + noun;
                case 1 -> pick(r, story.organisations()).get(1) + " warns of deepening " + story.issue()
                        + " in " + pick(r, story.places());
                case 2 -> p.title() + " " + p.last() + " " + pick(r, VERBS) + " " + noun + " as "
                        + story.issue() + " deepens";
                case 3 -> "Talks on " + story.name() + " collapse after " + (2 + r.nextInt(40)) + " hours";
                case 4 -> "Thousands march in " + pick(r, story.places()) + " over " + story.issue();
                default -> story.name() + " enters day " + (2 + r.nextInt(900)) + " as talks on " + noun + " stall";
            };
            h = Character.toUpperCase(h.charAt(0)) + h.substring(1) + (attempt < 20 ? "" : ", update " + attempt);
            String slug = Slugs.slug(h);
            if (slugs.add(Slugs.slug(story.name()) + "/" + slug.substring(0, Math.min(60, slug.length())))) {
                return h;
            }
        }
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    record Person(String first, String last, String title) {
        String full() {
            return title + " " + first + " " + last;
        }
    }

    /** A running story: its name, its places, its cast and its organisations, the same in every article. */
    record Story(String name, String issue, List<String> places, List<Person> cast, List<List<String>> organisations) {
        static Story of(int k) {
            Random r = new Random(0x5709_0000L + k);
            String place = Newsroom.PLACES.get(k);
            String issue = Newsroom.ISSUES.get(k * 7 % Newsroom.ISSUES.size());
            List<String> places = new ArrayList<>(List.of(place));
            List<Person> cast = new ArrayList<>();
            List<List<String>> organisations = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                places.add(pick(r, Newsroom.PLACES));
                organisations.add(pick(r, Newsroom.ORGANISATIONS));
            }
            for (int i = 0; i < 8; i++) {
                cast.add(new Person(pick(r, Newsroom.FIRST), pick(r, Newsroom.LAST), pick(r, Newsroom.TITLES)));
            }
            return new Story(place + " " + issue, issue, places, cast, organisations);
        }
    }

    /** The paragraphs of one article; people and organisations are named in full at first mention. */
    private static final class Prose {
        private final Random r;
        private final Story story;
        private final LocalDate date;
        private final Set<Object> introduced = new HashSet<>();

        Prose(Random r, Story story, LocalDate date) {
            this.r = r;
            this.story = story;
            this.date = date;
        }

        String lede() {
            String dateline = "";
            if (r.nextInt(10) < 4) {
                String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                dateline = pick(r, story.places()).toUpperCase(Locale.ROOT) + ", " + month + " " + date.getDayOfMonth()
                        + (r.nextBoolean() ? " (" + pick(r, Newsroom.AGENCIES) + ")" : "") + " - ";
            }
            Person p = pick(r, story.cast());
            return dateline + name(p) + " said " + when() + " that " + pick(r, Newsroom.NOUNS) + " over the "
                    + story.issue() + " in " + pick(r, story.places()) + " would go ahead, officials at the "
                    + organisation() + " said.";
        }

        String paragraph() {
            return switch (r.nextInt(5)) {
                case 0 -> quote();
                case 1 -> quote() + " " + background();
                case 2 -> background() + " " + background() + " " + background();
                default -> background() + " " + background();
            };
        }

        private String quote() {
            Person p = pick(r, story.cast());
            String q = pick(r, QUOTES).replace("{place}", pick(r, story.places())).replace("{noun}", pick(r, Newsroom.NOUNS));
            return switch (r.nextInt(3)) {
                case 0 -> "“" + q + ",” " + (introduced.contains(p) ? p.last() + " said" : "said " + name(p)) + ".";
                case 1 -> name(p) + " said: “" + q + ".”";
                default -> "“" + q + ",” " + name(p) + " told reporters " + when() + ".";
            };
        }

        private String background() {
            String t = pick(r, BACKGROUND);
            Object[] args = switch (BACKGROUND.indexOf(t)) {
                case 0 -> new Object[] {1000 + r.nextInt(90000), pick(r, story.places())};
                case 1 -> new Object[] {pick(r, story.places()), pick(r, Newsroom.NOUNS), when()};
                case 2, 5, 7 -> new Object[] {pick(r, Newsroom.NOUNS)};
                case 3 -> new Object[] {pick(r, story.places()), 1 + r.nextInt(9)};
                case 4 -> new Object[] {when()};
                case 6 -> new Object[] {pick(r, story.places()), 3 + r.nextInt(30)};
                case 8 -> new Object[] {5 + r.nextInt(400)};
                case 9 -> new Object[] {pick(r, story.places()), when()};
                case 10 -> new Object[] {2 + r.nextInt(20), when()};
                default -> new Object[] {organisation()};
            };
            return String.format(Locale.ROOT, t, args);
        }

        private String name(Person p) {
            return introduced.add(p) ? p.full() : p.last();
        }

        private String organisation() {
            List<String> o = pick(r, story.organisations());
            return introduced.add(o) ? o.get(0) + " (" + o.get(1) + ")" : o.get(1);
        }

        private String when() {
            return switch (r.nextInt(6)) {
                case 0, 1 -> "on " + pick(r, Newsroom.WEEKDAYS);
                case 2 -> "last week";
                case 3 -> "yesterday";
                case 4 -> "on " + date.minusDays(r.nextInt(20)).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " " + (1 + r.nextInt(28));
                default -> "in " + (date.getYear() - r.nextInt(4));
            };
        }
    }
}
