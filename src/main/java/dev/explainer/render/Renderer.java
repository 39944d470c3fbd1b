package dev.explainer.render;

import com.vladsch.flexmark.util.ast.Document;
import dev.explainer.content.ContentSource;
import dev.explainer.content.Page;
import dev.explainer.content.Site;
import dev.explainer.content.Story;
import dev.explainer.content.Urls;
import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import dev.explainer.markdown.BodyLinker;
import dev.explainer.markdown.LinkLines;
import dev.explainer.markdown.Markdown;
import dev.explainer.publish.StructuredData;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Site -> output files. Pages are rendered in parallel and handed to {@code sink} one at a time,
 * so no page's HTML is kept after it is written; then the assets, and the files made for readers
 * and crawlers elsewhere (feeds, sitemaps, robots.txt, the search index).
 */
public final class Renderer {
    private final Path root;
    private final ContentSource content;
    private final Templates templates;
    private final Markdown markdown;

    public Renderer(Path root, ContentSource content, Templates templates, Markdown markdown) {
        this.root = root;
        this.content = content;
        this.templates = templates;
        this.markdown = markdown;
    }

    /**
     * One output page: where it goes, which template draws it, and how to make its context.
     *
     * @param modified its last change, for the sitemap (null when unknown)
     * @param listed   whether the sitemap lists it (not the search page or 404.html)
     */
    record Job(String path, String template, String origin, OffsetDateTime modified, boolean listed,
               ContextMaker context) {
        Job(String path, String template, String origin, OffsetDateTime modified, ContextMaker context) {
            this(path, template, origin, modified, true, context);
        }
    }

    @FunctionalInterface
    interface ContextMaker {
        Context make(Views views) throws IOException;
    }

    /** A template's variables, and for a Markdown page where its links are written. */
    record Context(Map<String, Object> variables, Map<String, Integer> linkLines) {
        static Context of(String kind, Object page, List<Link> crumbs, PageMeta meta) {
            return new Context(Map.of("kind", kind, "page", page, "breadcrumbs", crumbs, "meta", meta), Map.of());
        }
    }

    /** @return the number of files handed to the sink */
    public int render(Site site, Consumer<OutputFile> sink, Diagnostics diags) {
        AtomicInteger count = new AtomicInteger();
        List<Job> jobs = jobs(site);
        List<Link> sections = Views.sections(site);
        Metas metas = new Metas(site);
        jobs.parallelStream().forEach(job -> {
            try {
                Views views = new Views(site, job.path(), sections, metas);
                Context context = job.context().make(views);
                Map<String, Object> variables = new HashMap<>(context.variables());
                variables.put("site", views.site());
                String html = templates.render(job.template(), variables);
                sink.accept(new OutputFile(job.path(), html.getBytes(StandardCharsets.UTF_8), job.origin(),
                        context.linkLines()));
                count.incrementAndGet();
            } catch (PebbleException e) {
                diags.add(Diagnostic.error(templateError(e, job), TemplateErrors.message(e)));
            } catch (IOException | RuntimeException e) {
                diags.add(Diagnostic.error(SourcePos.file(job.origin()), "cannot render " + job.path() + ": "
                        + (e.getMessage() != null ? e.getMessage() : e.toString())));
            }
        });
        for (OutputFile asset : Assets.collect(root.resolve("templates"), diags)) {
            sink.accept(asset);
            count.incrementAndGet();
        }
        for (OutputFile file : Publications.of(site, metas, jobs)) {
            sink.accept(file);
            count.incrementAndGet();
        }
        return count.get();
    }

    /** Where a template error is: Pebble's file and line, or for a template it could not find, where it is named. */
    private SourcePos templateError(PebbleException e, Job job) {
        if (e.getFileName() != null) {
            return new SourcePos(templates.displayPath(e.getFileName()),
                    e.getLineNumber() == null ? 0 : Math.max(0, e.getLineNumber()));
        }
        return TemplateErrors.missingTemplate(e).flatMap(templates::referenceTo)
                .orElse(SourcePos.file(templates.displayPath(job.template())));
    }

    private List<Job> jobs(Site site) {
        List<Job> jobs = new ArrayList<>();
        OffsetDateTime newest = Metas.newest(site.pages());
        String siteName = site.config().title();
        jobs.add(new Job(Urls.home(), "home.peb", "templates/home.peb", newest, v -> Context.of("home", v.home(),
                List.of(), v.metas().home(v))));
        jobs.add(new Job(Urls.archive(), "archive.peb", "templates/archive.peb", newest, v -> Context.of(
                "archive", v.archive(), v.crumbs((Story) null, "All articles"), v.metas().collection(v, Urls.archive(),
                        "All articles", "Every article on " + siteName + ", newest first.", items(site.pages()), newest, null))));
        jobs.add(new Job(Urls.search(), "search.peb", "templates/search.peb", null, false, v -> Context.of("search",
                v.search(), v.crumbs((Story) null, "Search"), v.metas().search(v, "Search the articles, running stories,"
                        + " people, organisations and places of " + siteName + "."))));
        jobs.add(new Job(Urls.notFound(), "404.peb", "templates/404.peb", null, false, v -> Context.of("notfound",
                v.notFound(), List.of(), v.metas().notFound(v, "There is no page at this address on " + siteName + "."))));
        Map<String, Story> storyOf = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (Story s : site.stories()) {
            List<Page> newestFirst = new ArrayList<>(s.articles());
            Collections.reverse(newestFirst);
            jobs.add(new Job(s.url(), "story.peb", s.latest().file(), Metas.newest(s.articles()), v -> Context.of("story",
                    v.story(s), v.crumbs(s, null), v.metas().collection(v, s.url(), s.name(), s.latest().summary(),
                            items(newestFirst), Metas.newest(s.articles()), s))));
            for (int i = 0; i < s.articles().size(); i++) {
                storyOf.put(s.articles().get(i).file(), s);
                position.put(s.articles().get(i).file(), i);
            }
        }
        for (Page p : site.pages()) {
            Story s = storyOf.get(p.file());
            int i = position.getOrDefault(p.file(), -1);
            jobs.add(new Job(p.url(), "article.peb", p.file(), p.modified(), v -> {
                Document doc = markdown.parse(Bodies.read(content, p));
                Map<String, Integer> linkLines = LinkLines.of(doc, p.bodyLine());
                BodyLinker.link(doc, BodyTargets.of(p, v));
                Context page = Context.of("article", v.article(p, s, i, markdown.render(doc)), v.crumbs(s, p.title()),
                        v.metas().article(v, p, s));
                return new Context(page.variables(), linkLines);
            }));
        }
        jobs.addAll(ExplainerJobs.of(site));
        return jobs;
    }

    /** A list of pages for JSON-LD. */
    static List<StructuredData.Item> items(List<Page> pages) {
        return pages.stream().map(p -> new StructuredData.Item(p.title(), p.url())).toList();
    }
}
