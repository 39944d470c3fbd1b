package dev.explainer.pipeline;

import dev.explainer.check.LinkChecker;
import dev.explainer.check.OutputValidator;
import dev.explainer.content.ContentSource;
import dev.explainer.content.Site;
import dev.explainer.content.SiteConfigReader;
import dev.explainer.content.SiteLoader;
import dev.explainer.diag.BuildException;
import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.Diagnostics;
import dev.explainer.diag.Severity;
import dev.explainer.diag.SourcePos;
import dev.explainer.extract.Extractor;
import dev.explainer.frontmatter.EntityFile;
import dev.explainer.frontmatter.ReviewFile;
import dev.explainer.ingest.ExplainerFields;
import dev.explainer.ingest.ContentHash;
import dev.explainer.ingest.IngestReport;
import dev.explainer.ingest.Ingester;
import dev.explainer.markdown.Markdown;
import dev.explainer.output.SiteWriter;
import dev.explainer.render.OutputFile;
import dev.explainer.render.Progress;
import dev.explainer.render.RenderMemo;
import dev.explainer.render.RenderSink;
import dev.explainer.render.Renderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The whole build on one screen:
 * seeds/ --ingest--> content/ --load--> Site --render--> files --check links--> site/ (swapped in atomically).
 */
public final class Pipeline {
    /** Made on first use: a build with no new seed never extracts, and one with nothing changed never renders. */
    private Extractor extractor;
    private Markdown markdown;
    private final Progress progress;

    public Pipeline() {
        this(Progress.NONE);
    }

    /** @param progress told how far rendering is, for a progress bar on a terminal */
    public Pipeline(Progress progress) {
        this.progress = progress;
    }

    public IngestReport ingest(Path root, boolean force, boolean dryRun) {
        return ingest(root, (seed, page) -> force, dryRun, new BuildState());
    }

    /** An ingest that regenerates the pages {@code force} names even when they were edited by hand. */
    public IngestReport ingest(Path root, Ingester.Force force, boolean dryRun) {
        return ingest(root, force, dryRun, new BuildState());
    }

    private IngestReport ingest(Path root, Ingester.Force force, boolean dryRun, BuildState state) {
        // entities.yaml problems are reported when content is loaded; here it only lends its names
        var known = List.copyOf(EntityFile.read(root, new Diagnostics()).values());
        String explainKey = ContentHash.sha256(known.toString().getBytes(StandardCharsets.UTF_8));
        // the editor's decisions are part of one seed's extraction each, so a decision re-extracts one article
        Diagnostics review = new Diagnostics();
        ExplainerFields fields = new ExplainerFields(this::extractor, known, ReviewFile.read(root, review));
        IngestReport r = new Ingester(fields, explainKey, fields::decisionsOf, state.ingest).run(root, force, dryRun);
        if (review.list().isEmpty()) {
            return r;
        }
        // a review.yaml that cannot be read would drop the editor's decisions without a word
        List<Diagnostic> all = new ArrayList<>(review.list());
        all.addAll(r.diagnostics());
        return new IngestReport(r.written(), r.unchanged(), r.kept(), all, r.pending(), r.removed());
    }

    private synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor();
        }
        return extractor;
    }

    private synchronized Markdown markdown() {
        if (markdown == null) {
            markdown = new Markdown();
        }
        return markdown;
    }

    /**
     * Ingest, load, render, check links, write. Any error (a bad seed, page, template or link) keeps
     * the previous site; ingest still writes the good seeds' pages.
     */
    public BuildReport build(BuildOptions o) {
        return build(o, new BuildState());
    }

    /**
     * A build that reuses what earlier builds with the same {@code state} did, and leaves its own work
     * there: only the files that change are written. The site equals that of {@link #build(BuildOptions)}.
     */
    public BuildReport build(BuildOptions o, BuildState state) {
        return run(o, true, state);
    }

    /** Everything {@link #build} does, in memory, writing nothing (not even content/): seeds and content as they are. */
    public BuildReport check(BuildOptions o) {
        return run(o, false, new BuildState());
    }

    /**
     * The site a build with {@code o} would publish, from seeds and content as they are, writing
     * nothing: what {@code explainer list} shows. Problems found on the way go to {@code diags}.
     */
    public Site site(BuildOptions o, Diagnostics diags) {
        BuildState state = new BuildState();
        IngestReport ingest = ingest(o.root(), (seed, page) -> false, true, state);
        diags.addAll(ingest.diagnostics());
        ContentSource content = new ContentSource.Pending(new ContentSource.Disk(o.root()), ingest.pending(), ingest.removed());
        return SiteLoader.load(o.root(), content, o.publishing(), diags, state.pages);
    }

    private BuildReport run(BuildOptions o, boolean write, BuildState state) {
        Diagnostics diags = new Diagnostics();
        Stopwatch clock = new Stopwatch();
        if (write) {
            // refuse a bad --output before ingest writes anything
            SiteWriter.requireReplaceable(o.output(), o.root());
        }
        // check reads the seeds too, so it reports what build would, but writes nothing
        IngestReport ingest = ingest(o.root(), (seed, page) -> o.force(), !write, state);
        diags.addAll(ingest.diagnostics());
        state.pages.unseen(ingest.written());
        state.pages.unseen(ingest.removed());
        clock.lap("ingest");
        ContentSource disk = state.listed() == null ? new ContentSource.Disk(o.root())
                : new ContentSource.Disk(o.root(), pages(state.listed(), ingest));
        // check loads content/ as ingest would leave it, so it sees what build would build
        ContentSource content = write ? disk : new ContentSource.Pending(disk, ingest.pending(), ingest.removed());
        Site site = SiteLoader.load(o.root(), content, o.publishing(), diags, state.pages);
        clock.lap("load");
        Path templatesDir = o.root().resolve("templates");
        Renderer renderer = new Renderer(o.root(), content, state.templates(templatesDir), state.templatesHash(), markdown(),
                state.fingerprintKey());
        Path output = o.output().toAbsolutePath().normalize();
        // files can be kept only where the last build of this state put them, untouched since
        boolean inPlace = write && !state.render(output).paths().isEmpty() && SiteWriter.canUpdate(output);
        RenderMemo previous = inPlace ? state.render(output) : RenderMemo.EMPTY;
        LinkChecker links = linkChecker(site, inPlace ? state.links(output) : LinkChecker.Memo.EMPTY);
        SiteWriter writer = !write ? null : inPlace ? SiteWriter.update(output, o.root(), previous.paths()) : SiteWriter.open(output, o.root());
        Diagnostics rendering = new Diagnostics();
        Diagnostics validation = new Diagnostics();
        // only check validates each file: it always renders every page
        OutputValidator validator = write ? null : new OutputValidator(validation);
        RenderSink sink = new RenderSink() {
            @Override
            public void write(OutputFile file) {
                links.see(file);
                if (writer != null) {
                    writer.write(file);
                } else {
                    validator.see(file);
                }
            }

            @Override
            public void keep(String path, String origin, Map<String, Integer> linkLines) {
                links.keep(path, origin, linkLines);
                writer.keep(path);
            }
        };
        try {
            Renderer.Result rendered = renderer.render(site, sink, rendering, previous, progress);
            clock.lap("render");
            if (!rendering.hasErrors()) {
                // a page that failed to render would show up again as broken links to it
                links.verify(rendering);
            }
            rendering.addAll(validation.list());
            if (!write && site.config().baseUrl() == null) {
                rendering.add(Diagnostic.warning(SourcePos.file(SiteConfigReader.FILE), "no base_url: the site has no"
                        + " feeds, no sitemaps and no canonical links").withHint("set 'base_url: https://example.org/'"
                        + " in " + SiteConfigReader.FILE + ", or build with --base-url"));
            }
            clock.lap(write ? "check links" : "check");
            diags.addAll(rendering.list());
            // any error keeps the previous site: a bad seed too, not only a bad page or template
            if (diags.hasErrors()) {
                throw new BuildException(diags.list());
            }
            Set<String> changed = Set.of();
            if (writer != null) {
                changed = writer.commit();
                state.written(output, rendered.memo(), links.memo(), writer.written());
                clock.lap(inPlace ? "write changes" : "swap in");
            }
            return new BuildReport(ingest, site.pages().size(), site.stories().size(), rendered.files(), changed,
                    diags.list(), clock.laps(), site.leftOut(), site.stableUntil());
        } catch (RuntimeException | Error e) {
            if (writer != null) {
                writer.abort();
            }
            throw e;
        }
    }

    /** The content pages among the files a scan found, with those ingest wrote since and without those it removed. */
    private static List<String> pages(List<String> listed, IngestReport ingest) {
        Set<String> pages = new TreeSet<>();
        for (String file : listed) {
            if (file.startsWith("content/") && ContentSource.isPage(file)) {
                pages.add(file);
            }
        }
        // a removed page's path may be written again, for another seed
        pages.removeAll(ingest.removed());
        pages.addAll(ingest.written());
        return List.copyOf(pages);
    }

    /**
     * The link checker for a site: broken links are errors or warnings as site.yaml says, a link to
     * a page left out says why, and a logo given as a path must be in the site.
     */
    private static LinkChecker linkChecker(Site site, LinkChecker.Memo previous) {
        Map<String, String> leftOut = new HashMap<>();
        site.leftOut().forEach(l -> leftOut.put(l.url(), l.hint()));
        LinkChecker links = new LinkChecker(site.config().brokenLinks().isError() ? Severity.ERROR : Severity.WARNING, leftOut,
                previous);
        String logo = site.config().logo();
        if (logo != null && !logo.startsWith("http://") && !logo.startsWith("https://")) {
            links.require(logo.startsWith("/") ? logo.substring(1) : logo, SourcePos.file(SiteConfigReader.FILE), "the logo");
        }
        return links;
    }
}
