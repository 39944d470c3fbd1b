package dev.explainer.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code explainer} command: parse, run one pipeline command, map the outcome to an exit code. */
@Command(name = "explainer", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a static news-explainer site: seeds/*.txt -> content/*.md -> site/.",
        subcommands = {InitCommand.class, NewCommand.class, IngestCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class,
                ReviewCommand.class, ListCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:content, seed or template errors", "2:usage error"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String... args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given writers; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new Failures())
                // a mistyped command line gets its problem in one line and where to look, not the whole help
                .setParameterExceptionHandler((e, given) -> {
                    e.getCommandLine().getErr().println(e.getMessage());
                    CommandLine.UnmatchedArgumentException.printSuggestions(e, e.getCommandLine().getErr());
                    e.getCommandLine().getErr().println("see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
                    return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
                });
        int code;
        try {
            code = cli.execute(args);
        } catch (Error e) {
            // picocli hands on an Error (a stack or heap exhausted): it gets a line too, not a JVM trace
            code = Failures.internal(e, err, Arrays.asList(args).contains("--verbose"));
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: init, new, ingest, build, check, serve, review or list");
    }
}
