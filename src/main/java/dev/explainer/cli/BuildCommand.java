package dev.explainer.cli;

import dev.explainer.pipeline.BuildCache;
import dev.explainer.pipeline.BuildOptions;
import dev.explainer.pipeline.BuildReport;
import dev.explainer.pipeline.Pipeline;
import dev.explainer.render.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Ingests changed seeds, then renders content/ with templates/ into site/ (atomically).")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where to write the site (default: site/ in the project).")
    Path output;

    @Option(names = "--force", description = "Regenerate content pages even when they were edited by hand.")
    boolean force;

    @Mixin
    PublishOptions publish;

    @Option(names = "--no-cache", description = "Build everything, without the state kept in .cache/explainer/ (which is then left alone).")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path root = common.root();
        Path out = output == null ? root.resolve("site") : output.toAbsolutePath().normalize();
        BuildOptions options = new BuildOptions(root, out, force, publish.publishing());
        Progress progress = ProgressBar.forTerminal(spec.commandLine().getErr(), common.quiet);
        Pipeline pipeline = new Pipeline(progress);
        BuildReport r;
        try {
            r = noCache ? pipeline.build(options) : BuildCache.build(pipeline, options, Version.build());
        } finally {
            if (progress instanceof ProgressBar bar) {
                bar.clear();
            }
        }
        Report.diagnostics(spec.commandLine().getErr(), r.diagnostics(), common.quiet);
        PrintWriter w = spec.commandLine().getOut();
        if (common.verbose) {
            r.ingest().written().forEach(p -> w.println("wrote " + p));
            r.leftOut().forEach(l -> w.println("left out " + l.file() + ": " + l.reason()));
            r.timings().forEach(t -> w.printf(Locale.ROOT, "%-12s %6d ms%n", t.stage(), t.millis()));
        }
        if (!common.quiet) {
            String files = r.changed().size() == r.files() ? Report.count(r.files(), "file") + " written to " + display(root, out)
                    : r.changed().isEmpty() ? display(root, out) + " up to date (" + Report.count(r.files(), "file") + ")"
                    : display(root, out) + " updated: " + r.changed().size() + " of " + Report.count(r.files(), "file")
                            + " written or deleted";
            w.printf(Locale.ROOT, "build: %s, %s, %s in %.2f s%n",
                    Report.count(r.stories(), "story"), Report.count(r.pages(), "page"), files, (System.nanoTime() - start) / 1e9);
            if (!r.leftOut().isEmpty() && !common.verbose) {
                // a page missing from the site for its date or draft flag should never be a mystery
                Map<String, Long> kinds = r.leftOut().stream().collect(Collectors.groupingBy(
                        l -> l.reason().replaceFirst(" for .*", "").replaceFirst("^a ", ""), TreeMap::new, Collectors.counting()));
                w.printf(Locale.ROOT, "build: left out %s (%s); --verbose lists them%n", Report.count(r.leftOut().size(), "page"),
                        kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
            }
        }
        return Exit.of(r.diagnostics(), common.strict, spec.commandLine().getErr());
    }

    static String display(Path root, Path p) {
        return p.startsWith(root) ? root.relativize(p) + "/" : p.toString();
    }
}
