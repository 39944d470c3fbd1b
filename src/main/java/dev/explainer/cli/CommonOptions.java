package dev.explainer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command takes. */
final class CommonOptions {
    /** The folders a project is made of: one of seeds/ and content/ makes a folder a project. */
    private static final List<String> SOURCES = List.of("seeds", "content", "templates", "site");

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    Path project = Path.of(".");

    /** A project is a folder with seeds/ or content/, and not a folder of another project. */
    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".", description = "The project folder (default: the current folder).")
    void project(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new ParameterException(mixee.commandLine(), "--project " + dir + ": " + (Files.exists(root) ? "not a folder" : "no such folder"));
        }
        for (Path up = root; up.getParent() != null; up = up.getParent()) {
            if (SOURCES.contains(up.getFileName().toString()) && isProject(up.getParent())) {
                throw new ParameterException(mixee.commandLine(), "--project " + dir + ": this is the " + up.getFileName()
                        + "/ folder of the project " + up.getParent() + "; give that folder instead");
            }
        }
        if (!isProject(root)) {
            throw new ParameterException(mixee.commandLine(), "--project " + dir + ": not a project (it has neither seeds/ nor content/)");
        }
        project = dir;
    }

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print every file written, and stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--strict", description = "Treat warnings as errors (exit code 1), for CI.")
    boolean strict;

    private static boolean isProject(Path dir) {
        return Files.isDirectory(dir.resolve("seeds")) || Files.isDirectory(dir.resolve("content"));
    }

    Path root() {
        return project.toAbsolutePath().normalize();
    }
}
