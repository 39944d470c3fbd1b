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
import java.util.Map;

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
                        "directory", new ListView(FactViews.label(k), null, List.of(), List.of(), List.of(), null,
                                all.stream().map(e -> v.facts().entity(e, e.articles().size())).toList()),
                        v.crumbs((Story) null, FactViews.label(k)))));
            }
        }
        if (!explainer.glossary().isEmpty()) {
            jobs.add(new Renderer.Job(Urls.glossary(), "glossary.peb", "templates/glossary.peb", v -> context("glossary",
                    new ListView("Glossary", null, FactViews.terms(explainer.glossary()), List.of(), List.of(), null,
                            List.of()), v.crumbs((Story) null, "Glossary"))));
        }
        for (Story s : site.stories()) {
            StoryFacts f = explainer.story(s.slug());
            String origin = s.latest().file();
            if (!f.glossary().isEmpty()) {
                jobs.add(new Renderer.Job(Urls.storyPart(s.name(), "glossary"), "glossary.peb", origin, v -> context(
                        "glossary", new ListView("Glossary: " + s.name(), new Link(s.name(), v.url(s.url())),
                                FactViews.terms(f.glossary()), List.of(), List.of(), null, List.of()),
                        v.crumbs(s, "Glossary"))));
            }
            if (!f.quotes().isEmpty()) {
                jobs.add(new Renderer.Job(Urls.storyPart(s.name(), "quotes"), "quotes.peb", origin, v -> context(
                        "quotes", new ListView("Key quotes: " + s.name(), new Link(s.name(), v.url(s.url())), List.of(),
                                v.facts().quotes(f.quotes()), List.of(), null, List.of()),
                        v.crumbs(s, "Key quotes"))));
            }
            if (!f.timeline().isEmpty()) {
                jobs.add(new Renderer.Job(Urls.storyPart(s.name(), "timeline"), "timeline.peb", origin, v -> {
                    List<EventView> events = v.facts().events(f.timeline());
                    return context("timeline", new ListView("Timeline: " + s.name(), new Link(s.name(), v.url(s.url())),
                            List.of(), List.of(), events, FactViews.chart(events), List.of()), v.crumbs(s, "Timeline"));
                }));
            }
        }
        return jobs;
    }

    private static Map<String, Object> context(String kind, Object page, List<Link> crumbs) {
        return Map.of("kind", kind, "page", page, "breadcrumbs", crumbs);
    }
}
