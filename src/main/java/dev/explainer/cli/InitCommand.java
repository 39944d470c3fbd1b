package dev.explainer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Starts a project in DIR (default: the current folder): a sample seed, content/site.yaml with"
                + " its settings explained, a GitHub Pages workflow and a .gitignore. The default theme needs no files.")
final class InitCommand implements Callable<Integer> {
    private static final String FROM = "/dev/explainer/init/";
    /** What a project is made of: a folder holding any of these already is one, or another tool's. */
    private static final List<String> TAKEN = List.of("seeds", "content", "templates", "site", ".github/workflows/publish.yml");
    /** Resource -> where it goes in the project. */
    private static final List<String[]> FILES = List.of(
            new String[] {"seeds/iraq-iran-us-join-fight-against-isis.txt", "seeds/iraq-iran-us-join-fight-against-isis.txt"},
            new String[] {"seeds/iraq-iran-us-join-fight-against-isis.yaml", "seeds/iraq-iran-us-join-fight-against-isis.yaml"},
            new String[] {"site.yaml", "content/site.yaml"},
            new String[] {"publish.yml", ".github/workflows/publish.yml"},
            new String[] {"gitignore", ".gitignore"});

    @Spec
    CommandSpec spec;

    @Mixin
    QuietOption quiet;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".", description = "Where to start the project.")
    Path dir;

    @Override
    public Integer call() {
        Path root = dir.toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            spec.commandLine().getErr().println(dir + ": error: not a folder");
            return 1;
        }
        for (String taken : TAKEN) {
            if (Files.exists(root.resolve(taken))) {
                spec.commandLine().getErr().println(dir + ": error: it already has " + taken + "; init starts a project only"
                        + " where there is none (run 'explainer build --project " + dir + "' to build that one)");
                return 1;
            }
        }
        boolean keepIgnore = Files.exists(root.resolve(".gitignore"));
        try {
            for (String[] f : FILES) {
                Path to = root.resolve(f[1]);
                if (f[1].equals(".gitignore") && keepIgnore) {
                    continue; // the project's own ignore rules stay; README "Layout" says what to add
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = InitCommand.class.getResourceAsStream(FROM + f[0])) {
                    if (in == null) {
                        throw new IllegalStateException("the jar has no " + FROM + f[0]);
                    }
                    Files.copy(in, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!quiet.quiet) {
            var out = spec.commandLine().getOut();
            out.println("init: started a project in " + dir + ":");
            FILES.stream().filter(f -> !(f[1].equals(".gitignore") && keepIgnore)).forEach(f -> out.println("  " + f[1]));
            out.println("next: explainer serve --project " + dir + "  (a live preview), or explainer new \"Headline\""
                    + " --story \"Story\" --project " + dir + " to start an article");
        }
        return 0;
    }
}
