package dev.explainer.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What of an extraction is published and what is offered to the editor. A fact below
 * {@link #PUBLISHED} is held back: a quote loses its speaker, an entity its page, a term and a
 * date their place. One below {@link #SURE} is published but listed as doubtful. The editor's
 * decisions, by item id, win: "accept" publishes, "reject" leaves out, anything else corrects
 * (a speaker's id, an entity's kind or name, a definition, a date).
 */
public record Review(Extraction published, List<ReviewItem> items) {
    /** Below this a fact is not published. */
    public static final double PUBLISHED = 0.8;
    /** Below this a published fact is listed as doubtful. */
    public static final double SURE = 0.9;

    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";

    public Review {
        items = List.copyOf(items);
    }

    /**
     * @param seed       names the article in item ids, so an id means one fact of one article
     * @param decisions  the editor's decisions for this article, by item id
     * @param paragraphs the article's text, for the sentence each item came from
     */
    public static Review of(Extraction x, String seed, Map<String, String> decisions, List<String> paragraphs) {
        List<ReviewItem> items = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Entity> held = new LinkedHashMap<>();
        for (Entity e : x.entities()) {
            String id = id(seed, "e", e.name());
            String d = decisions.get(id);
            ReviewItem.Fact fact = fact(e.kind());
            if (REJECT.equals(d)) {
                continue;
            }
            if (d != null) {
                entities.put(e.id(), corrected(e, d));
            } else if (e.confidence() < SURE) {
                boolean hold = e.confidence() < PUBLISHED;
                items.add(new ReviewItem(id, fact, e.name(), fact.key(), hold, e.confidence(), basis(e),
                        sentenceWith(paragraphs, e.name())));
                (hold ? held : entities).put(e.id(), e);
            } else {
                entities.put(e.id(), e);
            }
        }
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : x.quotes()) {
            if (q.speaker() == null) {
                quotes.add(q);
                continue;
            }
            String id = id(seed, "q", q.text());
            String d = decisions.get(id);
            if (REJECT.equals(d)) {
                quotes.add(q.withSpeaker(null, 0, "the editor rejected the speaker"));
            } else if (d != null) {
                String speaker = ACCEPT.equals(d) ? q.speaker() : Slugs.slug(d);
                publish(speaker, entities, held);
                quotes.add(q.withSpeaker(speaker, 1, "the editor's decision"));
            } else if (q.confidence() < SURE || !entities.containsKey(q.speaker())) {
                boolean hold = q.confidence() < PUBLISHED || !entities.containsKey(q.speaker());
                items.add(new ReviewItem(id, ReviewItem.Fact.SPEAKER, q.text(), q.speaker(), hold, q.confidence(), q.basis(),
                        paragraph(paragraphs, q.paragraph())));
                quotes.add(hold ? q.withSpeaker(null, 0, "held back: " + q.basis()) : q);
            } else {
                quotes.add(q);
            }
        }
        List<GlossaryEntry> glossary = new ArrayList<>();
        for (GlossaryEntry g : x.glossary()) {
            String id = id(seed, "t", g.term());
            String d = decisions.get(id);
            if (REJECT.equals(d)) {
                continue;
            }
            if (d != null) {
                glossary.add(new GlossaryEntry(g.term(), ACCEPT.equals(d) ? g.definition() : d, g.acronym(), 1));
            } else if (g.confidence() < SURE) {
                boolean hold = g.confidence() < PUBLISHED;
                items.add(new ReviewItem(id, ReviewItem.Fact.TERM, g.term(), g.definition(), hold, g.confidence(),
                        g.acronym() ? "a short form the text defines" : "a gloss set beside the term",
                        sentenceWith(paragraphs, g.term())));
                if (!hold) {
                    glossary.add(g);
                }
            } else {
                glossary.add(g);
            }
        }
        List<DateRef> dates = new ArrayList<>();
        for (DateRef r : x.dates()) {
            String id = id(seed, "d", r.text() + "\n" + r.sentence());
            String d = decisions.get(id);
            if (REJECT.equals(d)) {
                continue;
            }
            LocalDate corrected = d == null || ACCEPT.equals(d) ? null : date(d);
            if (d != null && (ACCEPT.equals(d) || corrected != null)) {
                dates.add(new DateRef(r.text(), corrected != null ? corrected : r.date(), r.paragraph(), r.sentence(), 1,
                        "the editor's decision"));
            } else if (r.date() != null && r.confidence() < SURE) {
                boolean hold = r.confidence() < PUBLISHED;
                items.add(new ReviewItem(id, ReviewItem.Fact.DATE, r.text(), r.date().toString(), hold, r.confidence(),
                        r.basis(), r.sentence()));
                if (!hold) {
                    dates.add(r);
                }
            } else {
                dates.add(r);
            }
        }
        return new Review(new Extraction(List.copyOf(entities.values()), quotes, glossary, dates), items);
    }

    /** A quote accepted with a speaker the extractor held back publishes that speaker too. */
    private static void publish(String id, Map<String, Entity> entities, Map<String, Entity> held) {
        Entity e = held.remove(id);
        if (e != null) {
            entities.put(id, e);
        }
    }

    /** "accept", a kind ("organisation"), or a new name. */
    private static Entity corrected(Entity e, String decision) {
        if (ACCEPT.equals(decision)) {
            return new Entity(e.id(), e.name(), e.kind(), e.role(), e.aliases(), e.mentions(), 1);
        }
        EntityKind kind = switch (decision) {
            case "person" -> EntityKind.PERSON;
            case "organisation", "organization" -> EntityKind.ORGANISATION;
            case "place" -> EntityKind.PLACE;
            default -> null;
        };
        return kind != null ? new Entity(e.id(), e.name(), kind, kind == EntityKind.PERSON ? e.role() : null, e.aliases(),
                e.mentions(), 1) : new Entity(e.id(), decision, e.kind(), e.role(), e.aliases(), e.mentions(), 1);
    }

    /** Whether {@code decision} can be applied to an item of {@code fact}: what {@code explainer review set} checks. */
    public static boolean applies(ReviewItem.Fact fact, String decision) {
        if (ACCEPT.equals(decision) || REJECT.equals(decision)) {
            return true;
        }
        return switch (fact) {
            case DATE -> date(decision) != null;
            case SPEAKER -> !Slugs.slug(decision).equals("x");
            default -> !decision.isBlank();
        };
    }

    private static final Set<String> KINDS = Set.of("person", "organisation", "organization", "place");

    /** The kinds an entity's decision may give it. */
    public static Set<String> kinds() {
        return KINDS;
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ReviewItem.Fact fact(EntityKind kind) {
        return switch (kind) {
            case PERSON -> ReviewItem.Fact.PERSON;
            case ORGANISATION -> ReviewItem.Fact.ORGANISATION;
            case PLACE -> ReviewItem.Fact.PLACE;
        };
    }

    private static String basis(Entity e) {
        return e.confidence() >= NameFinder.TITLED ? "a title or form of address"
                : e.confidence() >= NameFinder.ROLE ? "a job beside the name"
                : e.confidence() >= NameFinder.GIVEN_NAME ? "a given name, an initial or a company suffix"
                : e.confidence() >= NameFinder.ORG_CONTEXT ? "the words around it name a firm"
                : e.confidence() >= NameFinder.SPEAKS ? "only that it speaks or is spoken of"
                : "a capitalised name, of no kind it knows";
    }

    /** "q3f2a9c1": the fact's letter and the start of a hash of the article and what the fact is about. */
    static String id(String seed, String kind, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + "\n" + kind + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return kind + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String paragraph(List<String> paragraphs, int p) {
        return p >= 0 && p < paragraphs.size() ? paragraphs.get(p) : "";
    }

    /** The sentence where {@code words} first stand, or "" when the text does not hold them. */
    private static String sentenceWith(List<String> paragraphs, String words) {
        SentenceSplitter splitter = new SentenceSplitter(Abbreviations.common());
        for (int p = 0; p < paragraphs.size(); p++) {
            if (WholeWords.indexOf(paragraphs.get(p), words) >= 0) {
                for (Sentence s : splitter.split(p, paragraphs.get(p))) {
                    if (WholeWords.indexOf(s.text(), words) >= 0) {
                        return s.text();
                    }
                }
            }
        }
        return "";
    }
}
