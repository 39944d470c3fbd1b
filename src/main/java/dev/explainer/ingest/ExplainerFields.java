package dev.explainer.ingest;

import dev.explainer.extract.ArticleText;
import dev.explainer.extract.Entity;
import dev.explainer.extract.EntityKind;
import dev.explainer.extract.Extraction;
import dev.explainer.extract.Extractor;
import dev.explainer.extract.Review;
import dev.explainer.extract.ReviewItem;
import dev.explainer.extract.Slugs;
import dev.explainer.extract.WholeWords;
import dev.explainer.frontmatter.EntityNote;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The explainer part of a content page's front matter, from what the extractor found. The shape is
 * documented in the README; editors correct it by hand, and the site is built from what they leave.
 */
public final class ExplainerFields implements Function<Article, Map<String, Object>> {
    /** At most this many quotes, terms and timeline entries per article: a page is for editors to read. */
    static final int MAX_ITEMS = 100;

    private final Supplier<Extractor> extractor;
    private final List<EntityNote> known;
    private final Map<String, Map<String, String>> decisions;

    /**
     * @param known the entities of content/entities.yaml: any of them named in an article is added
     *              to its front matter, so editors can teach ingest names the extractor misses
     * @param extractor asked for the extractor only when an article is extracted
     * @param decisions the editor's decisions of content/review.yaml, by seed and item id
     */
    public ExplainerFields(Supplier<Extractor> extractor, Collection<EntityNote> known,
                           Map<String, Map<String, String>> decisions) {
        this.extractor = extractor;
        this.known = known.stream().filter(n -> n.kind() != null && n.name() != null).toList();
        this.decisions = Map.copyOf(decisions);
    }

    public ExplainerFields(Supplier<Extractor> extractor, Collection<EntityNote> known) {
        this(extractor, known, Map.of());
    }

    /** What of content/review.yaml a seed's page depends on: its decisions, as text ("" when none). */
    public String decisionsOf(String seed) {
        Map<String, String> mine = decisions.get(seed);
        return mine == null || mine.isEmpty() ? "" : new java.util.TreeMap<>(mine).toString();
    }

    @Override
    public Map<String, Object> apply(Article a) {
        Extraction x = extractor.get().extract(new ArticleText(a.title(), a.paragraphs(), a.date()));
        Extraction all = new Extraction(withKnown(x.entities(), a), x.quotes(), x.glossary(), x.dates());
        Review review = Review.of(all, a.seed(), decisions.getOrDefault(a.seed(), Map.of()), a.paragraphs());
        Map<String, Object> fm = fields(review.published(), a);
        putList(fm, "review", review.items().stream().limit(MAX_ITEMS).map(ExplainerFields::item).toList());
        return fm;
    }

    /** A fact offered to the editor, as the page keeps it for 'explainer review'. */
    private static Map<String, Object> item(ReviewItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("fact", i.fact().key());
        m.put("state", i.held() ? "held" : "doubtful");
        m.put("subject", i.subject());
        m.put("proposed", i.proposed());
        m.put("confidence", Math.round(i.confidence() * 100) + "%");
        m.put("why", i.basis());
        if (!i.sentence().isEmpty()) {
            m.put("sentence", i.sentence());
        }
        return m;
    }

    /** Adds the known entities the article names that the extractor did not find itself. */
    private List<Entity> withKnown(List<Entity> found, Article a) {
        List<Entity> all = new ArrayList<>(found);
        Set<String> seen = new HashSet<>();
        found.forEach(e -> {
            seen.add(e.id());
            seen.add(Slugs.slug(e.name()));
            e.aliases().forEach(alias -> seen.add(Slugs.slug(alias)));
        });
        String text = a.title() + "\n" + String.join("\n", a.paragraphs());
        for (EntityNote n : known) {
            List<String> names = new ArrayList<>(n.aliases());
            names.add(0, n.name());
            boolean already = seen.contains(n.id()) || names.stream().anyMatch(w -> seen.contains(Slugs.slug(w)));
            long mentions = names.stream().filter(w -> WholeWords.indexOf(text, w) >= 0).count();
            if (!already && mentions > 0) {
                all.add(new Entity(n.id(), n.name(), n.kind(), n.role(), List.of(), (int) mentions, 1.0));
            }
        }
        return all;
    }

    static Map<String, Object> fields(Extraction x, Article a) {
        Map<String, Object> fm = new LinkedHashMap<>();
        putList(fm, "people", entities(x, EntityKind.PERSON));
        putList(fm, "organisations", entities(x, EntityKind.ORGANISATION));
        putList(fm, "places", entities(x, EntityKind.PLACE));
        putList(fm, "quotes", x.quotes().stream().limit(MAX_ITEMS).map(q -> {
            Map<String, Object> m = new LinkedHashMap<>();
            if (q.speaker() != null) {
                m.put("speaker", q.speaker());
            }
            m.put("text", q.text());
            return m;
        }).toList());
        putList(fm, "glossary", x.glossary().stream().limit(MAX_ITEMS).map(g -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("term", g.term());
            m.put("definition", g.definition());
            return m;
        }).toList());
        Set<String> told = new HashSet<>();
        putList(fm, "timeline", x.dates().stream().filter(d -> told.add(d.sentence())).limit(MAX_ITEMS).map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("when", d.text());
            if (d.date() != null) {
                m.put("date", d.date().toString());
            }
            m.put("event", a.withoutDateline(d.sentence()));
            return m;
        }).toList());
        return fm;
    }

    /** Most mentioned first, so the front matter reads in order of prominence. */
    private static List<Object> entities(Extraction x, EntityKind kind) {
        List<Object> out = new ArrayList<>();
        x.entities().stream().filter(e -> e.kind() == kind)
                .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::id))
                .forEach(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", e.id());
                    m.put("name", e.name());
                    if (e.role() != null) {
                        m.put("role", e.role());
                    }
                    if (!e.aliases().isEmpty()) {
                        m.put("aliases", e.aliases());
                    }
                    out.add(m);
                });
        return out;
    }

    private static void putList(Map<String, Object> fm, String key, List<?> items) {
        if (!items.isEmpty()) {
            fm.put(key, items);
        }
    }
}
