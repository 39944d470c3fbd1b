package dev.explainer.cli;

import dev.explainer.pipeline.BuildOptions;
import dev.explainer.pipeline.BuildReport;
import dev.explainer.pipeline.Pipeline;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Loads and renders the site in memory and checks every link, writing nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--drafts", description = "Include pages marked 'draft: true'.")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        BuildReport r = new Pipeline().check(new BuildOptions(common.root(), common.root().resolve("site"), false, drafts));
        Report.diagnostics(spec.commandLine().getErr(), r.diagnostics(), common.quiet);
        if (!common.quiet) {
            spec.commandLine().getOut().printf(Locale.ROOT, "check: %s, %s checked, no broken links, in %.2f s%n",
                    Report.count(r.pages(), "page"), Report.count(r.files(), "file"), (System.nanoTime() - start) / 1e9);
        }
        return Exit.of(r.diagnostics(), common.strict, spec.commandLine().getErr());
    }
}
