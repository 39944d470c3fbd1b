package dev.explainer.cli;

import dev.explainer.diag.BuildException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Turns failures into messages and exit codes; a stack trace only with --verbose. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof BuildException b) {
            Report.diagnostics(err, b.diagnostics(), matched(parsed, "--quiet"));
            err.println("error: " + cli.getCommandName() + " failed with " + b.getMessage());
            return 1;
        }
        return internal(e, err, matched(parsed, "--verbose"));
    }

    /** A failure no check foresaw: named in one line, its stack trace only with --verbose. */
    static int internal(Throwable e, PrintWriter err, boolean verbose) {
        String what = e instanceof OutOfMemoryError ? "out of memory (give the JVM more with EXPLAINER_JAVA_OPTS=-Xmx4g)"
                : e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("");
        err.println("error: internal error: " + what);
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("(a bug in explainer; run again with --verbose for the stack trace)");
        }
        return 1;
    }

    private static boolean matched(CommandLine.ParseResult parsed, String option) {
        return parsed.hasMatchedOption(option) || parsed.subcommand() != null && parsed.subcommand().hasMatchedOption(option);
    }
}
