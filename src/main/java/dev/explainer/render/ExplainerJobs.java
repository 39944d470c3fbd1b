package dev.explainer.render;

import dev.explainer.content.EntityInfo;
import dev.explainer.content.Site;
import dev.explainer.content.Story;
import dev.explainer.content.StoryFacts;
import dev.explainer.content.Urls;
import dev.explainer.extract.EntityKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The explainer pages: one per entity, the site-wide lists, and each story's glossary, quotes and timeline. */
final class ExplainerJobs {
    private ExplainerJobs() {
    }

    static List<Renderer.Job> of(Site site) {
        List<Renderer.Job> jobs = new ArrayList<>();
        var explainer = site.explainer();
        for (EntityInfo e : explainer.entities().values()) {
            String origin = e.articles().isEmpty() ? "content/entities.yaml" : e.articles().get(0).file();
            jobs.add(new Renderer.Job(e.url(), "entity.peb", origin, v -> context("entity", v.facts().entityPage(e),
                    v.crumbs(new Link(FactViews.label(e.kind()), v.url(Urls.directory(e.kind()))), e.name()))));
        }
        for (EntityKind k : EntityKind.values()) {
            List<EntityInfo> all = explainer.entities().values().stream().filter(e -> e.kind() == k)
                    .sorted(Comparator.comparing((EntityInfo e) -> -e.articles().size()).thenComparing(EntityInfo::name))
                    .toList();
            if (!all.isEmpty()) {
                jobs.add(new Renderer.Job(Urls.directory(k), "directory.peb", "templates/directory.peb", v -> context(
                        "directory", ListView.of(FactViews.label(k), null)
                                .withEntities(all.stream().map(v.facts()::entity).toList()),
                        v.crumbs((Story) null, FactViews.label(k)))));
            }
        }
        if (!explainer.glossary().isEmpty()) {
            jobs.add(new Renderer.Job(Urls.glossary(), "glossary.peb", "templates/glossary.peb", v -> context("glossary",
                    ListView.of("Glossary", null).withTerms(FactViews.terms(explainer.glossary())), v.crumbs((Story) null, "Glossary"))));
        }
        for (Story s : site.stories()) {
            StoryFacts f = explainer.story(s.slug());
            String origin = s.latest().file();
            if (!f.glossary().isEmpty()) {
                jobs.add(new Renderer.Job(Urls.storyPart(s.name(), "glossary"), "glossary.peb", origin, v -> context(
                        "glossary", ListView.of("Glossary: " + s.name(), new Link(s.name(), v.url(s.url())))
                                .withTerms(FactViews.terms(f.glossary())),
                        v.crumbs(s, "Glossary"))));
            }
            if (!f.quotes().isEmpty()) {
                jobs.add(new Renderer.Job(Urls.storyPart(s.name(), "quotes"), "quotes.peb", origin, v -> context(
                        "quotes", ListView.of("Key quotes: " + s.name(), new Link(s.name(), v.url(s.url())))
                                .withQuotes(v.facts().quotes(f.quotes())),
                        v.crumbs(s, "Key quotes"))));
            }
            if (!f.timeline().isEmpty()) {
                jobs.add(new Renderer.Job(Urls.storyPart(s.name(), "timeline"), "timeline.peb", origin, v -> {
                    List<EventView> events = v.facts().events(f.timeline());
                    return context("timeline", ListView.of("Timeline: " + s.name(), new Link(s.name(), v.url(s.url())))
                            .withEvents(events, FactViews.chart(events)), v.crumbs(s, "Timeline"));
                }));
            }
        }
        return jobs;
    }

    private static Renderer.Context context(String kind, Object page, List<Link> crumbs) {
        return Renderer.Context.of(kind, page, crumbs);
    }
}
