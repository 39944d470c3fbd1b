package dev.explainer.render;

import dev.explainer.content.EntityInfo;
import dev.explainer.content.Event;
import dev.explainer.content.Explainer;
import dev.explainer.content.Page;
import dev.explainer.content.QuoteInfo;
import dev.explainer.content.StoryFacts;
import dev.explainer.content.Term;
import dev.explainer.content.Urls;
import dev.explainer.extract.EntityKind;
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

    FactViews(Views views, Explainer explainer) {
        this.views = views;
        this.explainer = explainer;
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

    /** With its site-wide counts of articles and quotes. */
    EntityLink entity(EntityInfo e) {
        return new EntityLink(e.id(), e.name(), views.url(e.url()), e.role(), kind(e.kind()), e.articles().size(),
                e.quotes().size());
    }

    /** The entities among {@code keys} of one kind, in the given order, with site-wide counts. */
    List<EntityLink> entities(Collection<String> keys, EntityKind kind) {
        return keys.stream().map(explainer.entities()::get).filter(Objects::nonNull).filter(e -> e.kind() == kind)
                .map(this::entity).toList();
    }

    /** A story's entities of one kind, most prominent first, counted within the story. */
    List<EntityLink> entities(StoryFacts f, EntityKind kind) {
        return f.entities().stream().map(explainer.entities()::get).filter(e -> e.kind() == kind)
                .map(e -> new EntityLink(e.id(), e.name(), views.url(e.url()), e.role(), kind(e.kind()),
                        f.articles().get(e.key()), f.said().getOrDefault(e.key(), 0))).toList();
    }

    /** Who appears with whom among the story's people. */
    TogetherChart together(StoryFacts f, List<EntityLink> people) {
        Map<String, EntityLink> byKey = new LinkedHashMap<>();
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
