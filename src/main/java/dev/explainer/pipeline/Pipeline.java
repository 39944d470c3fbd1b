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
import dev.explainer.ingest.ExplainerFields;
import dev.explainer.ingest.IngestReport;
import dev.explainer.ingest.Ingester;
import dev.explainer.markdown.Markdown;
import dev.explainer.output.SiteWriter;
import dev.explainer.render.OutputFile;
import dev.explainer.render.Renderer;
import dev.explainer.render.Templates;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole build on one screen:
 * seeds/ --ingest--> content/ --load--> Site --render--> files --check links--> site/ (swapped in atomically).
 */
public final class Pipeline {
    private final Extractor extractor = new Extractor();
    private final Markdown markdown = new Markdown();

    public IngestReport ingest(Path root, boolean force, boolean dryRun) {
        // entities.yaml problems are reported when content is loaded; here it only lends its names
        var known = EntityFile.read(root, new Diagnostics()).values();
        return new Ingester(new ExplainerFields(extractor, known)).run(root, force, dryRun);
    }

    /**
     * Ingest, load, render, check links, write. A bad seed is reported (and fails the exit code) but
     * the good articles still build; a content, template or link error keeps the previous site.
     */
    public BuildReport build(BuildOptions o) {
        return run(o, true);
    }

    /** Everything {@link #build} does, in memory, writing nothing (not even content/): seeds and content as they are. */
    public BuildReport check(BuildOptions o) {
        return run(o, false);
    }

    private BuildReport run(BuildOptions o, boolean write) {
        Diagnostics diags = new Diagnostics();
        Stopwatch clock = new Stopwatch();
        if (write) {
            // refuse a bad --output before ingest writes anything
            SiteWriter.requireReplaceable(o.output(), o.root());
        }
        // check reads the seeds too, so it reports what build would, but writes nothing
        IngestReport ingest = ingest(o.root(), o.force(), !write);
        diags.addAll(ingest.diagnostics());
        clock.lap("ingest");
        ContentSource disk = new ContentSource.Disk(o.root());
        // check loads content/ as ingest would leave it, so it sees what build would build
        ContentSource content = write ? disk : new ContentSource.Pending(disk, ingest.pending(), ingest.removed());
        Site site = SiteLoader.load(o.root(), content, o.publishing(), diags);
        clock.lap("load");
        Renderer renderer = new Renderer(o.root(), content, new Templates(o.root().resolve("templates")), markdown);
        LinkChecker links = linkChecker(site);
        SiteWriter writer = write ? SiteWriter.open(o.output(), o.root()) : null;
        Diagnostics rendering = new Diagnostics();
        Diagnostics validation = new Diagnostics();
        OutputValidator validator = write ? null : new OutputValidator(validation);
        Consumer<OutputFile> sink = writer != null ? f -> {
            links.see(f);
            writer.write(f);
        } : f -> {
            links.see(f);
            validator.see(f);
        };
        try {
            int files = renderer.render(site, sink, rendering);
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
            if (rendering.hasErrors() || !write && diags.hasErrors()) {
                throw new BuildException(diags.list());
            }
            if (writer != null) {
                writer.commit();
                clock.lap("swap in");
            }
            return new BuildReport(ingest, site.pages().size(), site.stories().size(), files, diags.list(),
                    clock.laps(), site.leftOut());
        } catch (RuntimeException e) {
            if (writer != null) {
                writer.abort();
            }
            throw e;
        }
    }

    /**
     * The link checker for a site: broken links are errors or warnings as site.yaml says, a link to
     * a page left out says why, and a logo given as a path must be in the site.
     */
    private static LinkChecker linkChecker(Site site) {
        Map<String, String> leftOut = new HashMap<>();
        site.leftOut().forEach(l -> leftOut.put(l.url(), l.hint()));
        LinkChecker links = new LinkChecker(site.config().brokenLinks().isError() ? Severity.ERROR : Severity.WARNING, leftOut);
        String logo = site.config().logo();
        if (logo != null && !logo.startsWith("http://") && !logo.startsWith("https://")) {
            links.require(logo.startsWith("/") ? logo.substring(1) : logo, SourcePos.file(SiteConfigReader.FILE), "the logo");
        }
        return links;
    }
}
