package dev.explainer.cli;

import dev.explainer.extract.Slugs;
import dev.explainer.ingest.SeedParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Starts an article: writes seeds/<slug>.txt with today's date, the headline and its story,"
                + " for the text to be written under it.")
final class NewCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HEADLINE", description = "The article's headline.")
    String headline;

    @Option(names = "--story", paramLabel = "NAME", description = "The running story it belongs to, e.g. \"Iraq crisis\".")
    String story;

    @Option(names = "--author", paramLabel = "NAME", description = "Who wrote it.")
    String author;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Its date (default: today, in the machine's time zone).")
    LocalDate date;

    @Override
    public Integer call() {
        String title = oneLine(headline, "HEADLINE");
        if (title.length() > SeedParser.MAX_HEADLINE) {
            throw new ParameterException(spec.commandLine(), "the headline is " + title.length() + " characters long;"
                    + " a headline has at most " + SeedParser.MAX_HEADLINE);
        }
        String slug = Slugs.slug(title);
        if (slug.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "the headline '" + title + "' has no letters or digits to name its file by");
        }
        StringBuilder seed = new StringBuilder();
        seed.append("Date: ").append(date != null ? date : LocalDate.now(ZoneId.systemDefault())).append('\n');
        if (author != null) {
            seed.append("Author: ").append(oneLine(author, "--author")).append('\n');
        }
        seed.append('\n').append(title).append('\n');
        if (story != null) {
            seed.append('\n').append("Extended coverage: ").append(oneLine(story, "--story")).append('\n');
        }
        Path file = common.root().resolve("seeds").resolve(slug + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, seed, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("seeds/" + slug + ".txt: error: the file already exists; edit it, or give"
                    + " the new article another headline");
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!common.quiet) {
            spec.commandLine().getOut().println("new: wrote seeds/" + slug + ".txt; write the article's paragraphs under"
                    + " its headline, then run 'explainer build' (or keep 'explainer serve' running)");
        }
        return 0;
    }

    private String oneLine(String value, String what) {
        String v = value.strip();
        if (v.isEmpty() || v.contains("\n") || v.contains("\r")) {
            throw new ParameterException(spec.commandLine(), what + " must be one line of text");
        }
        return v;
    }
}
