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
        err.println("error: " + e);
        if (matched(parsed, "--verbose")) {
            e.printStackTrace(err);
        } else {
            err.println("(run again with --verbose for the stack trace)");
        }
        return 1;
    }

    private static boolean matched(CommandLine.ParseResult parsed, String option) {
        return parsed.hasMatchedOption(option) || parsed.subcommand() != null && parsed.subcommand().hasMatchedOption(option);
    }
}
