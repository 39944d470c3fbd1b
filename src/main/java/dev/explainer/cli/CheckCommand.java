package dev.explainer.cli;

import dev.explainer.pipeline.BuildOptions;
import dev.explainer.pipeline.BuildReport;
import dev.explainer.pipeline.Pipeline;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the site in memory and checks it, writing nothing: links and anchors, orphan pages,"
                + " titles and descriptions, HTML, JSON-LD, feeds and sitemaps.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    PublishOptions publish;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        BuildReport r = new Pipeline().check(new BuildOptions(common.root(), common.root().resolve("site"), false,
                publish.publishing()));
        Report.diagnostics(spec.commandLine().getErr(), r.diagnostics(), common.quiet);
        if (common.verbose) {
            r.leftOut().forEach(l -> spec.commandLine().getOut().println("left out " + l.file() + ": " + l.reason()));
            r.timings().forEach(t -> spec.commandLine().getOut().printf(Locale.ROOT, "%-12s %6d ms%n", t.stage(), t.millis()));
        }
        if (!common.quiet) {
            spec.commandLine().getOut().printf(Locale.ROOT, "check: %s, %s checked: %s, %s, in %.2f s%n",
                    Report.count(r.pages(), "page"), Report.count(r.files(), "file"),
                    Report.count(Report.errors(r.diagnostics()), "error"), Report.count(Report.warnings(r.diagnostics()), "warning"),
                    (System.nanoTime() - start) / 1e9);
        }
        return Exit.of(r.diagnostics(), common.strict, spec.commandLine().getErr());
    }
}
