package dev.explainer.cli;

import dev.explainer.pipeline.BuildOptions;
import dev.explainer.pipeline.BuildReport;
import dev.explainer.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path root = common.root();
        Path out = output == null ? root.resolve("site") : output.toAbsolutePath().normalize();
        BuildReport r = new Pipeline().build(new BuildOptions(root, out, force, publish.publishing()));
        Report.diagnostics(spec.commandLine().getErr(), r.diagnostics(), common.quiet);
        PrintWriter w = spec.commandLine().getOut();
        if (common.verbose) {
            r.ingest().written().forEach(p -> w.println("wrote " + p));
            r.leftOut().forEach(l -> w.println("left out " + l.file() + ": " + l.reason()));
            r.timings().forEach(t -> w.printf(Locale.ROOT, "%-12s %6d ms%n", t.stage(), t.millis()));
        }
        if (!common.quiet) {
            w.printf(Locale.ROOT, "build: %s, %s, %s written to %s in %.2f s%n",
                    Report.count(r.stories(), "story"), Report.count(r.pages(), "page"),
                    Report.count(r.files(), "file"), display(root, out), (System.nanoTime() - start) / 1e9);
        }
        return Exit.of(r.diagnostics(), common.strict, spec.commandLine().getErr());
    }

    static String display(Path root, Path p) {
        return p.startsWith(root) ? root.relativize(p) + "/" : p.toString();
    }
}
