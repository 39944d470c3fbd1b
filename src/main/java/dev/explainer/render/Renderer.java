package dev.explainer.render;

import com.vladsch.flexmark.util.ast.Document;
import dev.explainer.content.ContentSource;
import dev.explainer.content.Page;
import dev.explainer.content.Site;
import dev.explainer.content.Story;
import dev.explainer.content.Urls;
import dev.explainer.diag.BuildException;
import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.SourcePos;
import dev.explainer.markdown.BodyLinker;
import dev.explainer.markdown.LinkLines;
import dev.explainer.markdown.LinkTarget;
import dev.explainer.markdown.Markdown;
import dev.explainer.publish.StructuredData;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Site -> output files. Pages are rendered in parallel and handed to the sink one at a time, so no
 * page's HTML is kept after it is written; then the assets, and the files made for readers and
 * crawlers elsewhere (feeds, sitemaps, robots.txt, the search index). Given the memo of the last
 * build, a page whose template closure and data are unchanged is not drawn again: the sink is told
 * to keep it.
 */
public final class Renderer {
    private final Path root;
    private final ContentSource content;
    private final Templates templates;
    private final Markdown markdown;
    private final TemplateSources sources;
    private final Fingerprint fingerprint;

    private final String templatesHash;

    /**
     * @param templatesHash a hash of the project's templates folder
     * @param key           the key of the fingerprints that the memos to compare against were taken with
     */
    public Renderer(Path root, ContentSource content, Templates templates, String templatesHash, Markdown markdown,
                    FingerprintKey key) {
        this.fingerprint = new Fingerprint(key);
        this.templatesHash = templatesHash;
        this.root = root;
        this.content = content;
        this.templates = templates;
        this.markdown = markdown;
        this.sources = new TemplateSources(root.resolve("templates"), templatesHash);
    }

    /**
     * One output page: where it goes, which template draws it, and how to make its context.
     *
     * @param modified its last change, for the sitemap (null when unknown); taken only when a sitemap is made
     * @param listed   whether the sitemap lists it (not the search page or 404.html)
     * @param key      what the page is made of and how to draw it, when that is cheaper to find than the
     *                 context itself (then {@code context} is null); null to fingerprint the context
     * @param article  for an article's page, the article, whose Markdown body is the one input of the page
     *                 that is not in the site model; null for other pages
     */
    record Job(String path, String template, String origin, Supplier<OffsetDateTime> modified, boolean listed,
               ContextMaker context, KeyMaker key, Page article) {
        Job(String path, String template, String origin, Supplier<OffsetDateTime> modified, boolean listed,
            ContextMaker context) {
            this(path, template, origin, modified, listed, context, null, null);
        }

        Job(String path, String template, String origin, Supplier<OffsetDateTime> modified, ContextMaker context) {
            this(path, template, origin, modified, true, context, null, null);
        }
    }

    @FunctionalInterface
    interface ContextMaker {
        Context make(Views views) throws IOException;
    }

    @FunctionalInterface
    interface KeyMaker {
        Keyed make(Views views) throws IOException;
    }

    /** What a page is made of, and how to draw its context from that once the page is known to have changed. */
    record Keyed(List<Object> parts, Drawer drawer) {
    }

    @FunctionalInterface
    interface Drawer {
        Context draw() throws IOException;
    }

    /** @param files how many files the site has; @param written how many of them were drawn (not kept) */
    public record Result(int files, int written, RenderMemo memo) {
    }

    /** A template's variables, and for a Markdown page where its links are written. */
    record Context(Map<String, Object> variables, Map<String, Integer> linkLines) {
        static Context of(String kind, Object page, List<Link> crumbs, PageMeta meta) {
            return new Context(Map.of("kind", kind, "page", page, "breadcrumbs", crumbs, "meta", meta), Map.of());
        }
    }

    /** Renders every page; with {@code previous} the memo of the last build that was written out. */
    public Result render(Site site, RenderSink sink, Diagnostics diags, RenderMemo previous, Progress progress) {
        AtomicInteger files = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        RenderMemo.Builder next = new RenderMemo.Builder(previous.entries().size());
        List<Link> sections = Views.sections(site);
        List<Link> standalone = Views.standalone(site);
        Metas metas = new Metas(site);
        // the site-wide part of every page, once: each page has it with URLs relative to itself, but a
        // memo entry is for one path, so the URLs from the root say the same
        String siteKey = fingerprint.of(new Views(site, Urls.home(), sections, standalone, metas).site());
        RenderMemo.Model model = new RenderMemo.Model(site.config(), site.pages(), site.stories(), site.explainer(),
                site.preview(), site.leftOut(), templatesHash);
        // the common case while editing: only article bodies changed, so only those pages can differ.
        // In the same process the models themselves are compared; a memo from disk has the last one's
        // fingerprint (the stories and the explainer index are made from what it covers)
        Map<String, RenderMemo.PageKey> pageKeys = previous.model() != null ? Map.of() : pageKeys(site, previous);
        String modelKey = previous.model() != null ? null : fingerprint.of(site.config(),
                site.pages().stream().map(p -> pageKeys.get(p.file()).key()).toList(), site.notes(), site.preview(),
                site.leftOut(), templatesHash);
        boolean sameModel = previous.model() != null ? model.equals(previous.model())
                : modelKey.equals(previous.modelKey());
        // the feeds, sitemap and search index are made from the model alone
        boolean sameModelFiles = sameModel && !previous.modelFiles().isEmpty();
        List<Job> jobs;
        if (sameModelFiles) {
            // the common case while editing: only the articles whose body changed can differ, so every
            // other page is kept as the last build drew it, without making its job
            Map<String, Page> redraw = new HashMap<>();
            for (Page p : site.pages()) {
                RenderMemo.Entry known = previous.get(p.url());
                if (known == null || !Objects.equals(site.versions().get(p.file()), known.body())) {
                    redraw.put(p.url(), p);
                }
            }
            List<Map.Entry<String, RenderMemo.Entry>> kept = previous.entries().entrySet().stream()
                    .filter(e -> e.getValue().origin() != null && !redraw.containsKey(e.getKey())).toList();
            jobs = articleJobs(site, redraw.values());
            progress.start(kept.size() + jobs.size());
            kept.parallelStream().forEach(e -> {
                files.incrementAndGet();
                progress.advance();
                sink.keep(e.getKey(), e.getValue().origin(), e.getValue().linkLines());
                next.put(e.getKey(), e.getValue());
            });
        } else {
            jobs = jobs(site);
            progress.start(jobs.size());
        }
        jobs.parallelStream().forEach(job -> {
            try {
                RenderMemo.Entry known = previous.get(job.path());
                // an article's one input outside the model is its body: the same while its file's bytes are
                String body = job.article() == null ? null : site.versions().get(job.article().file());
                if (sameModel && known != null && Objects.equals(body, known.body())) {
                    files.incrementAndGet();
                    progress.advance();
                    sink.keep(job.path(), job.origin(), known.linkLines());
                    next.put(job.path(), known.from(job.origin()));
                    return;
                }
                Views views = new Views(site, job.path(), sections, standalone, metas);
                Keyed keyed = job.key() == null ? null : job.key().make(views);
                Context context = keyed == null ? job.context().make(views) : null;
                String key = fingerprint.of(job.template(), sources.hash(job.template()), siteKey, body,
                        keyed != null ? keyed.parts() : context.variables());
                RenderMemo.Entry old = previous.get(job.path());
                files.incrementAndGet();
                progress.advance();
                if (old != null && old.key().equals(key)) {
                    sink.keep(job.path(), job.origin(), old.linkLines());
                    next.put(job.path(), old.from(job.origin()));
                    return;
                }
                context = context != null ? context : keyed.drawer().draw();
                Map<String, Object> variables = new HashMap<>(context.variables());
                variables.put("site", views.site());
                String html = templates.render(job.template(), variables);
                sink.write(new OutputFile(job.path(), html.getBytes(StandardCharsets.UTF_8), job.origin(),
                        context.linkLines()));
                written.incrementAndGet();
                next.put(job.path(), new RenderMemo.Entry(key, context.linkLines(), body, job.origin()));
            } catch (PebbleException e) {
                diags.add(Diagnostic.error(templateError(e, job), TemplateErrors.message(e)));
            } catch (StackOverflowError e) {
                diags.add(tooDeep(job));
            } catch (BuildException e) {
                // the site cannot be written (a full disk): not this page's fault, and no page after it would fare better
                throw e;
            } catch (IOException | RuntimeException e) {
                diags.add(Diagnostic.error(SourcePos.file(job.origin()), "cannot render " + job.path() + ": "
                        + (e.getMessage() != null ? e.getMessage() : e.toString())));
            }
        });
        List<OutputFile> others = new ArrayList<>(Assets.collect(root.resolve("templates"), diags));
        others.addAll(Publications.timely(site, metas));
        Map<String, String> modelFiles = new LinkedHashMap<>();
        if (sameModelFiles) {
            previous.modelFiles().forEach((path, origin) -> {
                files.incrementAndGet();
                sink.keep(path, origin, Map.of());
                next.put(path, previous.get(path));
            });
            modelFiles.putAll(previous.modelFiles());
        } else {
            for (OutputFile file : Publications.of(site, metas, jobs)) {
                modelFiles.put(file.path(), file.origin());
                others.add(file);
            }
        }
        for (OutputFile file : others) {
            // made whole each time (they are small), but written only when their bytes changed
            String key = fingerprint.of(file.bytes());
            RenderMemo.Entry old = previous.get(file.path());
            files.incrementAndGet();
            if (old != null && old.key().equals(key)) {
                sink.keep(file.path(), file.origin(), Map.of());
            } else {
                sink.write(file);
                written.incrementAndGet();
            }
            next.put(file.path(), new RenderMemo.Entry(key, Map.of(), null, null));
        }
        return new Result(files.get(), written.get(), next.build(model, modelKey, pageKeys, modelFiles));
    }

    /**
     * The fingerprint of each page, taken again only for a page whose file or time zone changed since
     * the last build: taking them all costs a second at 10,000 articles.
     */
    private Map<String, RenderMemo.PageKey> pageKeys(Site site, RenderMemo previous) {
        String zone = " " + site.config().timeZone().getId();
        Map<String, RenderMemo.PageKey> keys = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(p -> {
            String version = site.versions().get(p.file()) + zone;
            RenderMemo.PageKey old = previous.pageKeys().get(p.file());
            keys.put(p.file(), old != null && old.version().equals(version) ? old
                    : new RenderMemo.PageKey(version, fingerprint.of(p)));
        });
        return keys;
    }

    /** Pebble has no depth limit: a loop of templates, or a page nested past what the stack holds, ends here. */
    private Diagnostic tooDeep(Job job) {
        return sources.loop(job.template())
                .map(l -> Diagnostic.error(new SourcePos(templates.displayPath(l.chain().get(l.chain().size() - 2)), l.line()),
                        "templates that take each other in without end: " + String.join(" -> ", l.chain()))
                        .withHint("extends may never loop; a template may include itself only under a condition that ends it"))
                .orElseGet(() -> Diagnostic.error(SourcePos.file(job.origin()), "cannot render " + job.path()
                        + ": nested too deep for " + templates.displayPath(job.template())));
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
        OffsetDateTime newest = Metas.newest(site.articles());
        String siteName = site.config().title();
        jobs.add(new Job(Urls.home(), "home.peb", "templates/home.peb", () -> newest, v -> Context.of("home", v.home(),
                List.of(), v.metas().home(v))));
        for (Paging.Numbered p : Paging.pages(Urls.archive(), site.articles().size(), Paging.ARTICLES)) {
            String title = Paging.title("All articles", p);
            jobs.add(new Job(p.path(), "archive.peb", "templates/archive.peb", () -> newest, p.first(), v -> Context.of(
                    "archive", v.archive(title, p), v.crumbs((Story) null, "All articles"),
                    v.metas().collection(v, p.path(), title, "Every article on " + siteName + ", newest first.",
                            items(Paging.slice(site.articles(), Paging.ARTICLES, p.number())), newest, null))));
        }
        jobs.add(new Job(Urls.search(), "search.peb", "templates/search.peb", () -> null, false, v -> Context.of("search",
                v.search(), v.crumbs((Story) null, "Search"), v.metas().search(v, "Search the articles, running stories,"
                        + " people, organisations and places of " + siteName + "."))));
        jobs.add(new Job(Urls.notFound(), "404.peb", "templates/404.peb", () -> null, false, v -> Context.of("notfound",
                v.notFound(), List.of(), v.metas().notFound(v, "There is no page at this address on " + siteName + "."))));
        for (Story s : site.stories()) {
            List<Page> newestFirst = new ArrayList<>(s.articles());
            Collections.reverse(newestFirst);
            jobs.add(new Job(s.url(), "story.peb", s.latest().file(), () -> Metas.newest(s.articles()), v -> Context.of("story",
                    v.story(s), v.crumbs(s, null), v.metas().collection(v, s.url(), s.name(), s.latest().summary(),
                            items(newestFirst), Metas.newest(s.articles()), s))));
        }
        jobs.addAll(articleJobs(site, site.pages()));
        jobs.addAll(ExplainerJobs.of(site, newest));
        return jobs;
    }

    /** The pages of these articles, each with its story and its place in it. */
    private List<Job> articleJobs(Site site, Collection<Page> pages) {
        Map<String, Story> storyOf = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (Story s : site.stories()) {
            for (int i = 0; i < s.articles().size(); i++) {
                storyOf.put(s.articles().get(i).file(), s);
                position.put(s.articles().get(i).file(), i);
            }
        }
        List<Job> jobs = new ArrayList<>();
        for (Page p : pages) {
            Story s = storyOf.get(p.file());
            int i = position.getOrDefault(p.file(), -1);
            jobs.add(new Job(p.url(), "article.peb", p.file(), p::modified, true, null, v -> {
                ArticleView view = v.article(p, s, i, "");
                List<Link> crumbs = v.crumbs(s, p.title());
                PageMeta meta = v.metas().article(v, p, s);
                List<LinkTarget> targets = BodyTargets.of(p, v);
                return new Keyed(List.of(view, crumbs, meta, targets, p.bodyLine()), () -> {
                    try {
                        Document doc = markdown.parse(Bodies.read(content, p));
                        Map<String, Integer> linkLines = LinkLines.of(doc, p.bodyLine());
                        BodyLinker.link(doc, targets);
                        return new Context(Context.of("article", view.withBody(markdown.render(doc)), crumbs, meta).variables(),
                                linkLines);
                    } catch (StackOverflowError e) {
                        throw new IllegalArgumentException("its Markdown nests too deep (quotes, lists or emphasis inside"
                                + " one another by the thousand)");
                    }
                });
            }, p));
        }
        return jobs;
    }

    /** A list of pages for JSON-LD. */
    static List<StructuredData.Item> items(List<Page> pages) {
        return pages.stream().map(p -> new StructuredData.Item(p.title(), p.url())).toList();
    }
}
