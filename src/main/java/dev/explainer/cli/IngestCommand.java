package dev.explainer.cli;

import dev.explainer.ingest.IngestReport;
import dev.explainer.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns seeds/**/*.txt into content/**/*.md, keeping pages edited by hand.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--force", description = "Regenerate pages even when they were edited by hand: all of them,"
            + " or only those of the seeds and pages named.")
    boolean force;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "With --force: the seeds or content pages to regenerate.")
    List<Path> paths = List.of();

    @Option(names = "--dry-run", description = "Report what would be written, but write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path root = common.root();
        Set<String> named = new HashSet<>();
        for (Path p : paths) {
            // a path from the project (as diagnostics print them), else from the working folder
            Path file = (Files.isRegularFile(root.resolve(p)) ? root.resolve(p) : p).toAbsolutePath().normalize();
            Path base = root.toAbsolutePath().normalize();
            if (!Files.isRegularFile(file) || !file.startsWith(base)) {
                throw new ParameterException(spec.commandLine(), "no seed or content page '" + p + "' in the project");
            }
            named.add(base.relativize(file).toString().replace('\\', '/'));
        }
        if (!paths.isEmpty() && !force) {
            throw new ParameterException(spec.commandLine(), "naming pages to regenerate needs --force");
        }
        IngestReport r = new Pipeline().ingest(root, (seed, page) -> force && (named.isEmpty()
                || named.contains(seed) || (page != null && named.contains(page))), dryRun);
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
