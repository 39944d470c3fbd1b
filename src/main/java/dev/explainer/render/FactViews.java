package dev.explainer.render;

import dev.explainer.content.EntityInfo;
import dev.explainer.content.Event;
import dev.explainer.content.Explainer;
import dev.explainer.content.Mention;
import dev.explainer.content.Page;
import dev.explainer.content.QuoteInfo;
import dev.explainer.content.StoryFacts;
import dev.explainer.content.Term;
import dev.explainer.content.Urls;
import dev.explainer.extract.EntityKind;
import dev.explainer.frontmatter.EntityNote;
import dev.explainer.extract.Slugs;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** View records for the explainer parts (entities, quotes, terms, events), relative to one page. */
final class FactViews {
    static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Views views;
    private final Explainer explainer;
    /** What content/entities.yaml says: a site-wide correction, which wins over every page. */
    private final Map<String, EntityNote> notes;

    FactViews(Views views, Explainer explainer, Map<String, EntityNote> notes) {
        this.views = views;
        this.explainer = explainer;
        this.notes = notes;
    }

    static String kind(EntityKind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    static String label(EntityKind k) {
        return switch (k) {
            case PERSON -> "People";
            case ORGANISATION -> "Organisations";
            case PLACE -> "Places";
        };
    }

    static String singular(EntityKind k) {
        return switch (k) {
            case PERSON -> "Person";
            case ORGANISATION -> "Organisation";
            case PLACE -> "Place";
        };
    }

    EntityLink entity(EntityInfo e) {
        return new EntityLink(e.id(), e.name(), views.url(e.url()), e.role(), kind(e.kind()));
    }

    /** With its site-wide counts of articles and quotes. */
    EntityCard card(EntityInfo e) {
        return new EntityCard(e.id(), e.name(), views.url(e.url()), e.role(), kind(e.kind()), e.articles().size(),
                e.quotes().size());
    }

    /** The entities among {@code keys} of one kind, in the given order. */
    List<EntityLink> entities(Collection<String> keys, EntityKind kind) {
        return keys.stream().map(explainer.entities()::get).filter(Objects::nonNull).filter(e -> e.kind() == kind)
                .map(this::entity).toList();
    }

    /**
     * A page's own entities of one kind, named and titled as its front matter has them (an editor's
     * correction there wins on that page).
     */
    List<EntityLink> entities(Page p, Collection<String> keys, EntityKind kind) {
        Map<String, Mention> own = own(List.of(p));
        return keys.stream().map(explainer.entities()::get).filter(Objects::nonNull).filter(e -> e.kind() == kind)
                .map(e -> new EntityLink(e.id(), nameOf(e, own), views.url(e.url()), roleOf(e, own), kind(e.kind())))
                .toList();
    }

    /** A story's entities of one kind, most prominent first, counted within the story, titled as its newest article has them. */
    List<EntityCard> entities(StoryFacts f, List<Page> articles, EntityKind kind) {
        Map<String, Mention> own = own(articles);
        return f.entities().stream().map(explainer.entities()::get).filter(e -> e.kind() == kind)
                .map(e -> new EntityCard(e.id(), nameOf(e, own), views.url(e.url()), roleOf(e, own), kind(e.kind()),
                        f.articles().get(e.key()), f.said().getOrDefault(e.key(), 0))).toList();
    }

    private static final java.util.Comparator<Page> OLDEST_FIRST = java.util.Comparator
            .comparing(Page::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(Page::title).thenComparing(Page::file);

    /** Each entity's mention on the newest of {@code pages} that names it: what those pages say of it. */
    private Map<String, Mention> own(List<Page> pages) {
        Map<String, Mention> own = new java.util.HashMap<>();
        for (Page p : pages.stream().sorted(OLDEST_FIRST).toList()) {
            for (Mention m : p.facts().entities()) {
                EntityInfo e = explainer.entity(m);
                if (e != null) {
                    Mention before = own.get(e.key());
                    own.put(e.key(), m.role() == null && before != null ? before : m);
                }
            }
        }
        return own;
    }

    /** content/entities.yaml's name, else the page's, else the site's. */
    private String nameOf(EntityInfo e, Map<String, Mention> own) {
        EntityNote note = notes.get(e.id());
        Mention m = own.get(e.key());
        return (note != null && note.name() != null) || m == null ? e.name() : m.name();
    }

    private String roleOf(EntityInfo e, Map<String, Mention> own) {
        EntityNote note = notes.get(e.id());
        Mention m = own.get(e.key());
        return (note != null && note.role() != null) || m == null || m.role() == null ? e.role() : m.role();
    }

    /** Who appears with whom among the story's people. */
    TogetherChart together(StoryFacts f, List<EntityCard> people) {
        Map<String, EntityCard> byKey = new LinkedHashMap<>();
        people.forEach(p -> byKey.put(Explainer.key(EntityKind.PERSON, p.id()), p));
        return TogetherCharts.chart(f.together(), byKey);
    }

    QuoteView quote(QuoteInfo q) {
        EntityInfo speaker = q.speaker() == null ? null : explainer.entities().get(q.speaker());
        return new QuoteView(q.text(), speaker == null ? null : entity(speaker),
                new Link(q.page().title(), views.url(q.page().url())));
    }

    List<QuoteView> quotes(List<QuoteInfo> quotes) {
        return quotes.stream().map(this::quote).toList();
    }

    static TermView term(Term t) {
        return new TermView(t.term(), t.definition(), "term-" + Slugs.slug(t.term()));
    }

    /** One entry per anchor: "Al-Qaeda" and "Al Qaeda" are one term, the first spelling kept. */
    static List<TermView> terms(List<Term> terms) {
        Set<String> anchors = new HashSet<>();
        return terms.stream().map(FactViews::term).filter(t -> anchors.add(t.anchor())).toList();
    }

    /** Dated events numbered 1..n as on the chart, then undated ones. */
    List<EventView> events(List<Event> events) {
        return events(events, 0);
    }

    /** @param before how many dated events come before these (on earlier pages): numbering goes on from there */
    List<EventView> events(List<Event> events, int before) {
        List<EventView> out = new ArrayList<>();
        int n = before;
        for (Event e : events) {
            Link article = new Link(e.page().title(), views.url(e.page().url()));
            out.add(e.date() == null
                    ? new EventView(0, "", "Date unknown", e.when(), e.text(), article)
                    : new EventView(++n, e.date().toString(), READABLE.format(e.date()), e.when(), e.text(), article));
        }
        return out;
    }

    static TimelineChart chart(List<EventView> events) {
        return TimelineCharts.chart(events.stream().filter(e -> e.number() > 0).toList());
    }

    /** How many pages an entity's quotes and coverage fill, side by side. */
    static int entityPages(EntityInfo e) {
        return Math.max(Paging.count(e.quotes().size(), Paging.QUOTES), Paging.count(e.articles().size(), Paging.ARTICLES));
    }

    /** One page of an entity's page: its part of the quotes and of the coverage. */
    EntityView entityPage(EntityInfo e, Paging.Numbered page) {
        int number = page.number();
        List<ArticleLink> articles = Paging.slice(e.articles(), Paging.ARTICLES, number).stream().map(views::article).toList();
        return new EntityView(e.id(), e.name(), kind(e.kind()), singular(e.kind()), e.role(), e.description(),
                quotes(Paging.slice(e.quotes(), Paging.QUOTES, number)), e.quotes().size(), articles, e.articles().size(),
                entities(e.companions(), EntityKind.PERSON), entities(e.companions(), EntityKind.ORGANISATION),
                entities(e.companions(), EntityKind.PLACE),
                new Link(label(e.kind()), views.url(Urls.directory(e.kind()))),
                Paging.pager(views, page));
    }

    /** The site-wide keys of a page's entities, in front matter order. */
    List<String> keysOf(Page p) {
        return p.facts().entities().stream().map(explainer::entity).filter(Objects::nonNull).map(EntityInfo::key)
                .distinct().toList();
    }

    Explainer explainer() {
        return explainer;
    }
}
