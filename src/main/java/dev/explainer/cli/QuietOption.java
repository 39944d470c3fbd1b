package dev.explainer.cli;

import picocli.CommandLine.Option;

/** -q for a command that works outside a project, which {@link CommonOptions} would refuse. */
final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;
}
