package dev.explainer.eval;

import dev.explainer.extract.DateRef;
import dev.explainer.extract.Entity;
import dev.explainer.extract.EntityKind;
import dev.explainer.extract.Extraction;
import dev.explainer.extract.GlossaryEntry;
import dev.explainer.extract.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** Compares what one article published with its annotation, category by category, and lists each disagreement. */
final class Scorer {
    static final List<String> CATEGORIES = List.of("quote speaker", "quotes found", "people", "people + role",
            "acronyms", "timeline dates");

    private final String file;
    private final Gold gold;
    private final Extraction x;
    private final Map<String, Entity> byId = new LinkedHashMap<>();
    final List<Score> scores = new ArrayList<>();
    final List<Miss> misses = new ArrayList<>();
    /** Each published attribution's rule (its basis up to the names) and whether it was right. */
    final List<Map.Entry<String, Boolean>> rules = new ArrayList<>();

    Scorer(String file, Gold gold, Extraction x) {
        this.file = file;
        this.gold = gold;
        this.x = x;
        x.entities().forEach(e -> byId.put(e.id(), e));
        quoteSpeakers();
        dateRules();
        acronymRules();
        quotesFound();
        List<Entity> people = x.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).toList();
        match("people", gold.people(), people, (g, e) -> Names.plain(g.name()).equals(Names.plain(e.name())),
                Gold.Person::name, e -> e.name() + (e.aliases().isEmpty() ? "" : " " + e.aliases()));
        match("people + role", gold.people(), people,
                (g, e) -> Names.plain(g.name()).equals(Names.plain(e.name())) && sameRole(g.role(), e.role()),
                g -> g.name() + " (" + g.role() + ")", e -> e.name() + " (" + e.role() + ")");
        match("acronyms", gold.acronyms(), x.glossary().stream().filter(GlossaryEntry::acronym).toList(),
                (g, a) -> g.shortForm().equals(a.term()) && Names.organisation(g.longForm()).equals(Names.organisation(a.definition())),
                g -> g.shortForm() + " = " + g.longForm(), a -> a.term() + " = " + a.definition());
        match("timeline dates", distinctDays(), dated(),
                (g, d) -> Names.samePhrase(g.text(), d.text()) && d.date().toString().equals(g.date()),
                g -> "'" + g.text() + "' = " + g.date(), d -> "'" + d.text() + "' = " + d.date() + " in: " + d.sentence());
    }

    /**
     * Expected: the direct quotes whose speaker the text names. Found: every quote published with a
     * speaker, except a fragment given to the person whose words it is (right, but not a key quote).
     */
    private void quoteSpeakers() {
        int expected = (int) gold.quotes().stream().filter(Gold.Quote::hasNamedSpeaker).count();
        int found = 0;
        int correct = 0;
        Set<Gold.Quote> credited = new LinkedHashSet<>();
        for (Quote q : x.quotes()) {
            if (q.speaker() == null) {
                continue;
            }
            String said = speakerName(q.speaker());
            List<Gold.Quote> covered = covered(q);
            if (covered.isEmpty()) {
                found++;
                misses.add(new Miss(file, "quote speaker", false, "“" + opening(q.text()) + "” given to " + said
                        + "; no annotated quote opens so"));
            }
            for (Gold.Quote g : covered) {
                if (!g.isDirect() && g.attributedTo() != null && sameSpeaker(g.attributedTo(), q.speaker())) {
                    continue;
                }
                found++;
                boolean right = g.hasNamedSpeaker() && sameSpeaker(g.speaker(), q.speaker()) && credited.add(g);
                rules.add(Map.entry(String.format(java.util.Locale.ROOT, "%.2f %s", q.confidence(), q.basis().split(" — ")[0]), right));
                if (right) {
                    correct++;
                } else {
                    String truth = g.isDirect() ? "said by " + g.speaker() + " (" + g.speakerType() + ")" : "a scare quote";
                    misses.add(new Miss(file, "quote speaker", false, "“" + g.starts() + "” given to " + said
                            + " (" + q.basis() + "); " + truth));
                }
            }
        }
        for (Gold.Quote g : gold.quotes()) {
            if (g.hasNamedSpeaker() && !credited.contains(g)) {
                Quote q = x.quotes().stream().filter(f -> covered(f).contains(g)).findFirst().orElse(null);
                String why = q == null ? "not found as a quote" : q.speaker() == null ? "published without a speaker ("
                        + q.basis() + ")" : "given to " + speakerName(q.speaker());
                misses.add(new Miss(file, "quote speaker", true, "“" + g.starts() + "” by " + g.speaker() + ": " + why));
            }
        }
        scores.add(new Score("quote speaker", expected, found, correct));
    }

    /** The annotated quotes a found one holds: one opening mark, or one for each paragraph of a long quote. */
    private List<Gold.Quote> covered(Quote q) {
        List<Gold.Quote> out = new ArrayList<>();
        for (String part : q.text().split("\n\n")) {
            gold.quotes().stream().filter(g -> Names.opensWith(part, g.starts()) && !out.contains(g)).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /** Whether the key quotes are the direct quotes, whoever said them. */
    private void quotesFound() {
        List<Gold.Quote> direct = gold.quotes().stream().filter(Gold.Quote::isDirect).toList();
        match("quotes found", direct, x.quotes().stream().flatMap(q -> java.util.Arrays.stream(q.text().split("\\n\\n"))).toList(),
                (g, q) -> Names.opensWith(q, g.starts()),
                g -> "“" + g.starts() + "”", q -> "“" + opening(q) + "”");
    }

    /** How sure each found acronym was and whether it was right. */
    private void acronymRules() {
        for (GlossaryEntry a : x.glossary()) {
            if (a.acronym()) {
                boolean right = gold.acronyms().stream().anyMatch(g -> g.shortForm().equals(a.term())
                        && Names.organisation(g.longForm()).equals(Names.organisation(a.definition())));
                rules.add(Map.entry(String.format(java.util.Locale.ROOT, "%.2f acronym", a.confidence()), right));
            }
        }
    }

    /** How each found date was resolved and whether it was right: what each way's confidence should be. */
    private void dateRules() {
        for (DateRef d : dated()) {
            boolean right = distinctDays().stream().anyMatch(g -> Names.samePhrase(g.text(), d.text()) && d.date().toString().equals(g.date()));
            rules.add(Map.entry(String.format(java.util.Locale.ROOT, "%.2f date: %s", d.confidence(), d.basis()), right));
        }
    }

    /** Published dates of days the article's date resolves; a full date with its year is not among them. */
    private List<DateRef> dated() {
        List<DateRef> distinct = new ArrayList<>();
        for (DateRef d : x.dates()) {
            boolean seen = distinct.stream().anyMatch(o -> o.date().equals(d.date()) && Names.samePhrase(o.text(), d.text()));
            if (d.date() != null && !d.text().matches(".*\\b\\d{4}\\b.*") && !seen) {
                distinct.add(d);
            }
        }
        return distinct;
    }

    /** "today", "today's" and "late today" are one phrase to the scorer when they mean one day. */
    private List<Gold.Day> distinctDays() {
        List<Gold.Day> distinct = new ArrayList<>();
        for (Gold.Day d : gold.dates()) {
            if (d.date() != null && distinct.stream().noneMatch(o -> o.date().equals(d.date()) && Names.samePhrase(o.text(), d.text()))) {
                distinct.add(d);
            }
        }
        return distinct;
    }

    private String speakerName(String id) {
        Entity e = byId.get(id);
        return e == null ? id : e.name();
    }

    /** The annotated name is the entity's name or, for an organisation, one of its names. */
    private boolean sameSpeaker(String goldName, String id) {
        Entity e = byId.get(id);
        if (e == null) {
            return false;
        }
        if (e.kind() == EntityKind.PERSON) {
            return Names.plain(goldName).equals(Names.plain(e.name()));
        }
        String want = Names.organisation(goldName);
        return want.equals(Names.organisation(e.name())) || e.aliases().stream().anyMatch(a -> want.equals(Names.organisation(a)));
    }

    private static boolean sameRole(String gold, String found) {
        return Objects.equals(gold == null ? null : Names.plain(gold), found == null ? null : Names.plain(found));
    }

    private static String opening(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(6, words.length)));
    }

    /** Each annotated item claims at most one found item, so duplicates count as wrong. */
    private <G, F> void match(String category, List<G> expected, List<F> found, BiPredicate<G, F> same,
                              Function<G, String> showGold, Function<F, String> showFound) {
        List<F> unclaimed = new ArrayList<>(found);
        int correct = 0;
        for (G g : expected) {
            int k = 0;
            while (k < unclaimed.size() && !same.test(g, unclaimed.get(k))) {
                k++;
            }
            if (k < unclaimed.size()) {
                unclaimed.remove(k);
                correct++;
            } else {
                misses.add(new Miss(file, category, true, showGold.apply(g)));
            }
        }
        unclaimed.forEach(f -> misses.add(new Miss(file, category, false, showFound.apply(f))));
        scores.add(new Score(category, expected.size(), found.size(), correct));
    }
}
