package dev.explainer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    @Option(names = "--project", paramLabel = "DIR", description = "The project folder (default: the current folder).")
    Path project = Path.of(".");

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print every file written, and stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--strict", description = "Treat warnings as errors (exit code 1), for CI.")
    boolean strict;

    Path root() {
        return project.toAbsolutePath().normalize();
    }
}
