package dev.explainer.render;

import dev.explainer.content.Event;
import dev.explainer.content.Page;
import dev.explainer.content.Site;
import dev.explainer.content.Story;
import dev.explainer.content.StoryFacts;
import dev.explainer.content.Urls;
import dev.explainer.extract.EntityKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds the view records for one output page, with every URL made relative to that page. */
final class Views {
    static final int LATEST = 20;
    static final int HUB_QUOTES = 6;
    static final int HUB_EVENTS = 10;
    static final int CARD_PEOPLE = 4;

    private final Site site;
    private final String from;
    private final List<Link> sections;
    private final List<Link> standalone;
    private final FactViews facts;
    private final Metas metas;

    /**
     * @param sections the site-wide lists in the masthead, with URLs from the site root
     * @param metas    the site's metadata builder, shared by every page
     */
    /**
     * @param sections   from {@link #sections}, taken once a build
     * @param standalone from {@link #standalone}, taken once a build
     */
    Views(Site site, String from, List<Link> sections, List<Link> standalone, Metas metas) {
        this.site = site;
        this.from = from;
        this.sections = sections;
        this.standalone = standalone;
        this.facts = new FactViews(this, site.explainer(), site.notes());
        this.metas = metas;
    }

    Metas metas() {
        return metas;
    }

    /** The pages that are no articles ('type: page'), by title, for the footer; URLs from the root. */
    static List<Link> standalone(Site site) {
        return site.pages().stream().filter(Page::standalone).sorted(java.util.Comparator.comparing(Page::title))
                .map(p -> new Link(p.title(), p.url())).toList();
    }

    /** The site-wide lists that have entries: People, Organisations, Places, Glossary. */
    static List<Link> sections(Site site) {
        List<Link> sections = new ArrayList<>();
        for (EntityKind k : EntityKind.values()) {
            if (site.explainer().entities().values().stream().anyMatch(e -> e.kind() == k)) {
                sections.add(new Link(FactViews.label(k), Urls.directory(k)));
            }
        }
        if (!site.explainer().glossary().isEmpty()) {
            sections.add(new Link("Glossary", Urls.glossary()));
        }
        return List.copyOf(sections);
    }

    FactViews facts() {
        return facts;
    }

    String url(String to) {
        return Urls.relative(from, to);
    }

    SiteView site() {
        var c = site.config();
        boolean feed = metas.siteFeed();
        return new SiteView(c.title(), c.description(), c.language(), url(Urls.home()), url(Urls.asset("style.css")),
                site.stories().stream().map(s -> new StoryTab(s.name(), url(s.url()))).toList(),
                standalone.stream().map(l -> new Link(l.title(), url(l.url()))).toList(),
                sections.stream().map(l -> new Link(l.title(), url(l.url()))).toList(), url(Urls.search()),
                feed ? url(Urls.feed()) : null, feed ? url(Urls.rss()) : null);
    }

    SearchView search() {
        return new SearchView("Search", url(""), url(Urls.searchIndex()), url(Urls.asset(Assets.SEARCH_SCRIPT)),
                url(Urls.archive()), site.stories().stream().map(this::storyLink).toList());
    }

    NotFoundView notFound() {
        return new NotFoundView("Page not found", url(Urls.archive()));
    }

    ArticleLink article(Page p) {
        return new ArticleLink(p.title(), url(p.url()), p.dated() ? p.date().toString() : "",
                p.dated() ? FactViews.READABLE.format(p.date()) : p.standalone() ? "" : "Undated", p.summary(), p.story());
    }

    StoryLink storyLink(Story s) {
        return new StoryLink(s.name(), url(s.url()), s.articles().size(), article(s.latest()));
    }

    HomeView home() {
        List<StoryCard> cards = site.stories().stream().map(s -> new StoryCard(s.name(), url(s.url()), s.latest().summary(),
                s.articles().size(), article(s.latest()), facts.entities(site.explainer().story(s.slug()), s.articles(),
                        EntityKind.PERSON).stream().limit(CARD_PEOPLE).toList())).toList();
        return new HomeView(site.config().title(), cards,
                site.articles().stream().limit(LATEST).map(this::article).toList(), url(Urls.archive()));
    }

    /** One page of the archive: every page, newest first. */
    ListView archive(String title, Paging.Numbered page) {
        return ListView.of(title, null)
                .withArticles(Paging.slice(site.articles(), Paging.ARTICLES, page.number()).stream().map(this::article).toList())
                .withPager(Paging.pager(this, page));
    }

    StoryView story(Story s) {
        List<ArticleLink> newestFirst = new ArrayList<>(s.articles().stream().map(this::article).toList());
        Collections.reverse(newestFirst);
        StoryFacts f = site.explainer().story(s.slug());
        List<EventView> events = facts.events(hubEvents(f.timeline()));
        List<EntityCard> people = facts.entities(f, s.articles(), EntityKind.PERSON);
        return new StoryView(s.name(), s.latest().summary(), newestFirst, people,
                facts.entities(f, s.articles(), EntityKind.ORGANISATION), facts.entities(f, s.articles(), EntityKind.PLACE),
                facts.together(f, people),
                facts.quotes(f.quotes().subList(0, Math.min(HUB_QUOTES, f.quotes().size()))), f.quotes().size(),
                FactViews.terms(f.glossary()), events, FactViews.chart(events),
                f.glossary().isEmpty() ? null : url(Urls.storyPart(s.name(), "glossary")),
                f.quotes().isEmpty() ? null : url(Urls.storyPart(s.name(), "quotes")),
                f.timeline().isEmpty() ? null : url(Urls.storyPart(s.name(), "timeline")));
    }

    /** The hub shows the latest dated events (or, with none dated, the first undated ones); the timeline page has all. */
    static List<Event> hubEvents(List<Event> timeline) {
        List<Event> dated = timeline.stream().filter(e -> e.date() != null).toList();
        if (dated.isEmpty()) {
            return timeline.subList(0, Math.min(HUB_EVENTS, timeline.size()));
        }
        return dated.subList(Math.max(0, dated.size() - HUB_EVENTS), dated.size());
    }

    /** @param i the page's position in its story */
    ArticleView article(Page p, Story story, int i, String bodyHtml) {
        ArticleLink previous = null;
        ArticleLink next = null;
        Link storyLink = null;
        if (story != null) {
            previous = i > 0 ? article(story.articles().get(i - 1)) : null;
            next = i >= 0 && i + 1 < story.articles().size() ? article(story.articles().get(i + 1)) : null;
            storyLink = new Link(story.name(), url(story.url()));
        }
        ArticleLink self = article(p);
        List<String> ids = facts.keysOf(p);
        List<ArticleLink> related = site.explainer().related().getOrDefault(p.file(), List.of()).stream()
                .map(this::article).toList();
        return new ArticleView(p.title(), p.summary(), self.date(), self.dateText(), p.author(), p.source(),
                p.dateline(), bodyHtml, storyLink, previous, next, facts.entities(p, ids, EntityKind.PERSON),
                facts.entities(p, ids, EntityKind.ORGANISATION), facts.entities(p, ids, EntityKind.PLACE),
                FactViews.terms(p.facts().glossary()), related);
    }

    List<Link> crumbs(Story story, String title) {
        Link home = new Link(site.config().title(), url(Urls.home()));
        if (story == null) {
            return title == null ? List.of(home) : List.of(home, new Link(title, ""));
        }
        Link hub = new Link(story.name(), url(story.url()));
        return title == null ? List.of(home, new Link(story.name(), "")) : List.of(home, hub, new Link(title, ""));
    }

    /** Home › section › title, for pages outside any story. */
    List<Link> crumbs(Link section, String title) {
        return List.of(new Link(site.config().title(), url(Urls.home())), section, new Link(title, ""));
    }
}
