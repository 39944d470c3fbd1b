package dev.explainer.pipeline;

import dev.explainer.check.LinkChecker;
import dev.explainer.content.Site;
import dev.explainer.content.SiteLoader;
import dev.explainer.diag.BuildException;
import dev.explainer.diag.Diagnostics;
import dev.explainer.ingest.IngestReport;
import dev.explainer.ingest.Ingester;
import dev.explainer.markdown.Markdown;
import dev.explainer.output.SiteWriter;
import dev.explainer.render.OutputFile;
import dev.explainer.render.Renderer;
import dev.explainer.render.Templates;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole build on one screen:
 * seeds/ --ingest--> content/ --load--> Site --render--> files --check links--> site/ (swapped in atomically).
 */
public final class Pipeline {
    private final Ingester ingester = new Ingester(article -> Map.of());
    private final Markdown markdown = new Markdown();

    public IngestReport ingest(Path root, boolean force) {
        return ingester.run(root, force);
    }

    /** Ingest, load, render, check links, write. Seed errors are reported but the good articles still build. */
    public BuildReport build(BuildOptions o) {
        return run(o, true);
    }

    /** Everything {@link #build} does, in memory, writing nothing (not even content/). */
    public BuildReport check(BuildOptions o) {
        return run(o, false);
    }

    private BuildReport run(BuildOptions o, boolean write) {
        Diagnostics diags = new Diagnostics();
        IngestReport ingest = write ? ingest(o.root(), o.force()) : new IngestReport(java.util.List.of(), 0,
                java.util.List.of(), java.util.List.of());
        diags.addAll(ingest.diagnostics());
        Site site = SiteLoader.load(o.root(), o.drafts(), diags);
        Renderer renderer = new Renderer(o.root(), new Templates(o.root().resolve("templates")), markdown);
        LinkChecker links = new LinkChecker();
        SiteWriter writer = write ? SiteWriter.open(o.output()) : null;
        Consumer<OutputFile> sink = writer == null ? links::see : f -> {
            links.see(f);
            writer.write(f);
        };
        try {
            int files = renderer.render(site, sink, diags);
            links.verify(diags);
            if (diags.hasErrors() && (writer == null || diagsBeyond(ingest, diags))) {
                throw new BuildException(diags.list());
            }
            if (writer != null) {
                writer.commit();
            }
            return new BuildReport(ingest, site.pages().size(), site.stories().size(), files, diags.list());
        } catch (RuntimeException e) {
            if (writer != null) {
                writer.abort();
            }
            throw e;
        }
    }

    /** True when something other than a bad seed failed: only then is the new site withheld. */
    private static boolean diagsBeyond(IngestReport ingest, Diagnostics diags) {
        return diags.list().stream().filter(d -> d.isError()).anyMatch(d -> !ingest.diagnostics().contains(d));
    }
}
