package dev.explainer.render;

import dev.explainer.content.EntityInfo;
import dev.explainer.content.Event;
import dev.explainer.content.QuoteInfo;
import dev.explainer.content.Site;
import dev.explainer.content.Story;
import dev.explainer.content.StoryFacts;
import dev.explainer.content.Urls;
import dev.explainer.extract.EntityKind;
import dev.explainer.publish.StructuredData;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The explainer pages: one per entity, the site-wide lists, and each story's glossary, quotes and timeline. */
final class ExplainerJobs {
    private ExplainerJobs() {
    }

    /** @param newest the newest article's last change, the date of the site-wide lists */
    static List<Renderer.Job> of(Site site, OffsetDateTime newest) {
        List<Renderer.Job> jobs = new ArrayList<>();
        var explainer = site.explainer();
        String siteName = site.config().title();
        for (EntityInfo e : explainer.entities().values()) {
            String origin = e.articles().isEmpty() ? "content/entities.yaml" : e.articles().get(0).file();
            // taken only for a sitemap: 130,000 dates at 10,000 articles, on every build
            Supplier<OffsetDateTime> modified = () -> Metas.newest(e.articles());
            for (Paging.Numbered p : Paging.pages(e.url(), FactViews.entityPages(e))) {
                jobs.add(new Renderer.Job(p.path(), "entity.peb", origin, modified, p.first(), v -> context(
                        "entity", v.facts().entityPage(e, p),
                        v.crumbs(new Link(FactViews.label(e.kind()), v.url(Urls.directory(e.kind()))), e.name()),
                        v.metas().entity(v, e, p.path(), Paging.title(e.name(), p),
                                Paging.slice(e.articles(), Paging.ARTICLES, p.number())))));
            }
        }
        for (EntityKind k : EntityKind.values()) {
            List<EntityInfo> all = explainer.entities().values().stream().filter(e -> e.kind() == k)
                    .sorted(Comparator.comparing((EntityInfo e) -> -e.articles().size()).thenComparing(EntityInfo::name))
                    .toList();
            if (!all.isEmpty()) {
                String label = FactViews.label(k);
                String description = label + " in the news on " + siteName + ": who they are, what they said and where"
                        + " they appear.";
                if (k == EntityKind.PLACE) {
                    description = "Places in the news on " + siteName + ": the coverage that mentions each.";
                }
                String about = description;
                List<StructuredData.Item> items = all.stream().map(e -> new StructuredData.Item(e.name(), e.url())).toList();
                jobs.add(new Renderer.Job(Urls.directory(k), "directory.peb", "templates/directory.peb", () -> newest, v -> context(
                        "directory", ListView.of(label, null)
                                .withEntities(all.stream().map(v.facts()::card).toList()),
                        v.crumbs((Story) null, label),
                        v.metas().collection(v, Urls.directory(k), label, about, items, newest, null))));
            }
        }
        if (!explainer.glossary().isEmpty()) {
            String description = "The terms and acronyms in the news on " + siteName + ", explained.";
            jobs.add(new Renderer.Job(Urls.glossary(), "glossary.peb", "templates/glossary.peb", () -> newest, v -> context(
                    "glossary", ListView.of("Glossary", null).withTerms(FactViews.terms(explainer.glossary())),
                    v.crumbs((Story) null, "Glossary"),
                    v.metas().glossary(v, Urls.glossary(), "Glossary", description, explainer.glossary(), null))));
        }
        for (Story s : site.stories()) {
            StoryFacts f = explainer.story(s.slug());
            String origin = s.latest().file();
            OffsetDateTime modified = Metas.newest(s.articles());
            if (!f.glossary().isEmpty()) {
                String path = Urls.storyPart(s.name(), "glossary");
                String title = "Glossary: " + s.name();
                String description = "The terms and acronyms of " + s.name() + ", explained: " + count(f.glossary().size(), "term") + ".";
                jobs.add(new Renderer.Job(path, "glossary.peb", origin, () -> modified, v -> context(
                        "glossary", ListView.of(title, new Link(s.name(), v.url(s.url())))
                                .withTerms(FactViews.terms(f.glossary())),
                        v.crumbs(s, "Glossary"), v.metas().glossary(v, path, title, description, f.glossary(), s))));
            }
            if (!f.quotes().isEmpty()) {
                String list = Urls.storyPart(s.name(), "quotes");
                String description = "Who said what in " + s.name() + ": " + count(f.quotes().size(), "quote")
                        + " from the coverage.";
                for (Paging.Numbered p : Paging.pages(list, f.quotes().size(), Paging.QUOTES)) {
                    String title = Paging.title("Key quotes: " + s.name(), p);
                    // made only when the page is looked at: most pages of a rebuild are kept as they are
                    jobs.add(new Renderer.Job(p.path(), "quotes.peb", origin, () -> modified, p.first(), v -> {
                        List<QuoteInfo> quotes = Paging.slice(f.quotes(), Paging.QUOTES, p.number());
                        List<StructuredData.Item> cited = Renderer.items(quotes.stream().map(QuoteInfo::page).distinct().toList());
                        return context("quotes", ListView.of(title, new Link(s.name(), v.url(s.url())))
                                        .withQuotes(v.facts().quotes(quotes)).withPager(Paging.pager(v, p)),
                                v.crumbs(s, "Key quotes"), v.metas().collection(v, p.path(), title, description, cited, modified, s));
                    }));
                }
            }
            if (!f.timeline().isEmpty()) {
                String list = Urls.storyPart(s.name(), "timeline");
                String description = "What happened when in " + s.name() + ": " + count(f.timeline().size(), "event")
                        + " from the coverage.";
                for (Paging.Numbered p : Paging.pages(list, f.timeline().size(), Paging.EVENTS)) {
                    String title = Paging.title("Timeline: " + s.name(), p);
                    jobs.add(new Renderer.Job(p.path(), "timeline.peb", origin, () -> modified, p.first(), v -> {
                        List<Event> slice = Paging.slice(f.timeline(), Paging.EVENTS, p.number());
                        int before = (int) f.timeline().subList(0, (p.number() - 1) * Paging.EVENTS).stream()
                                .filter(e -> e.date() != null).count();
                        List<StructuredData.Item> sources = Renderer.items(slice.stream().map(Event::page).distinct().toList());
                        List<EventView> events = v.facts().events(slice, before);
                        return context("timeline", ListView.of(title, new Link(s.name(), v.url(s.url())))
                                .withEvents(events, FactViews.chart(events)).withPager(Paging.pager(v, p)),
                                v.crumbs(s, "Timeline"), v.metas().collection(v, p.path(), title, description, sources, modified, s));
                    }));
                }
            }
        }
        return jobs;
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%d %s", n, n == 1 ? noun : noun + "s");
    }

    private static Renderer.Context context(String kind, Object page, List<Link> crumbs, PageMeta meta) {
        return Renderer.Context.of(kind, page, crumbs, meta);
    }
}
