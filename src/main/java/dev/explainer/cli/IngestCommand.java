package dev.explainer.cli;

import dev.explainer.ingest.IngestReport;
import dev.explainer.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns seeds/**/*.txt into content/**/*.md, keeping pages edited by hand.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--force", description = "Regenerate pages even when they were edited by hand.")
    boolean force;

    @Option(names = "--dry-run", description = "Report what would be written, but write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        IngestReport r = new Pipeline().ingest(common.root(), force, dryRun);
        PrintWriter out = spec.commandLine().getOut();
        Report.diagnostics(spec.commandLine().getErr(), r.diagnostics(), common.quiet);
        if (common.verbose) {
            r.written().forEach(p -> out.println((dryRun ? "would write " : "wrote ") + p));
            r.kept().forEach(p -> out.println("kept " + p + " (edited by hand)"));
        }
        if (!common.quiet) {
            out.printf(Locale.ROOT, "ingest: %s " + (dryRun ? "to write" : "written") + ", %d unchanged, %d kept (edited by hand), %s in %.2f s%n",
                    Report.count(r.written().size(), "page"), r.unchanged(), r.kept().size(),
                    Report.count(Report.warnings(r.diagnostics()), "warning"), (System.nanoTime() - start) / 1e9);
        }
        return Exit.of(r.diagnostics(), common.strict, spec.commandLine().getErr());
    }
}
