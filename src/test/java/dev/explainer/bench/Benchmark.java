package dev.explainer.bench;

import dev.explainer.TestFiles;
import dev.explainer.extract.ReutersCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Times the real CLI (the {@code ./explainer} launcher, with its JVM flags) and Debian's {@code hugo} side by side
 * on the same corpus, phase by phase, and prints a Markdown table of medians. Run by
 * {@code src/bench/run}, which builds the jar and installs hugo first; see README "Benchmarks".
 *
 * <p>Arguments: {@code [--runs R] [--work DIR] CORPUS...}, a corpus being a number of synthetic
 * articles or {@code reuters} (all 21,578 Reuters-21578 wires). Corpora of {@value #FULL_LIMIT} or
 * more articles are measured once, for ingest, cold build and peak memory only.
 */
public final class Benchmark {
    static final int FULL_LIMIT = 50_000;
    private final Path work;
    /** The launcher script. */
    private final Path launcher;
    private final int runs;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Benchmark(Path work, Path launcher, int runs) {
        this.work = work;
        this.launcher = launcher;
        this.runs = runs;
    }

    /** One line of the table; a null value is a phase the tool does not have. */
    record Row(String corpus, String phase, Double ours, Double hugo, String unit) {
        String cells() {
            String ratio = ours == null || hugo == null || hugo == 0 ? "—" : String.format(Locale.ROOT, "%.2f", ours / hugo);
            return "| " + corpus + " | " + phase + " | " + format(ours) + " | " + format(hugo) + " | " + ratio + " |";
        }

        private String format(Double value) {
            if (value == null) {
                return "—";
            }
            return unit.equals("s") ? String.format(Locale.ROOT, "%.2f s", value) : String.format(Locale.ROOT, "%,.0f MB", value);
        }
    }

    public static void main(String[] args) {
        int runs = 3;
        Path work = Path.of("target", "bench");
        List<String> corpora = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> corpora.add(args[i]);
            }
        }
        Benchmark bench = new Benchmark(work.toAbsolutePath(), Path.of("explainer").toAbsolutePath(), runs);
        for (String corpus : corpora.isEmpty() ? List.of("1000") : corpora) {
            bench.measure(corpus);
        }
        String table = bench.table();
        System.out.println(table);
        TestFiles.write(work.resolve("results.md"), table);
    }

    private void measure(String corpus) {
        String name = corpus.equals("reuters") ? "reuters" : "synthetic-" + corpus;
        Path base = work.resolve(name);
        Path project = base.resolve("project");
        Path hugo = base.resolve("hugo");
        TestFiles.deleteTree(base);
        int n = corpus.equals("reuters") ? reuters(project.resolve("seeds"))
                : synthetic(Integer.parseInt(corpus), project.resolve("seeds"));
        String label = String.format(Locale.ROOT, corpus.equals("reuters") ? "Reuters-21578, %,d wires" : "synthetic %,d", n);
        boolean full = n < FULL_LIMIT;
        int r = full ? runs : 1;
        System.err.printf(Locale.ROOT, "bench: %s (%d runs per phase)%n", label, r);
        Phase ours = new Phase(base.resolve("logs"), "explainer");
        Phase theirs = new Phase(base.resolve("logs"), "hugo");
        TimedCommand build = explainer(project, "build", "-q", "--project", ".");
        TimedCommand hugoBuild = TimedCommand.of(hugo, "hugo", "--quiet");

        rows.add(new Row(label, "start-up (`--version`)", ours.median("version", Math.max(r, 5), k -> { },
                explainer(project, "--version")).seconds(),
                theirs.median("version", Math.max(r, 5), k -> { }, TimedCommand.of(base, "hugo", "version")).seconds(), "s"));
        rows.add(new Row(label, "ingest (seeds → content, extraction)", ours.median("ingest", r,
                k -> clean(project, "seeds"), explainer(project, "ingest", "-q", "--project", ".")).seconds(), null, "s"));
        HugoProject.create(project.resolve("content"), hugo);
        Phase.Result cold = ours.median("cold", r, k -> clean(project, "seeds", "content"), build);
        Phase.Result hugoCold = theirs.median("cold", r, k -> clean(hugo, "config.toml", "layouts", "content"), hugoBuild);
        rows.add(new Row(label, "cold full build", cold.seconds(), hugoCold.seconds(), "s"));
        if (full) {
            rows.add(new Row(label, "no-change rebuild", ours.median("unchanged", r, k -> { }, build).seconds(),
                    theirs.median("unchanged", r, k -> { }, hugoBuild).seconds(), "s"));
            String edited = middlePage(project.resolve("content"));
            rows.add(new Row(label, "rebuild after editing one article",
                    ours.median("edit", r, k -> edit(project.resolve(edited), k), build).seconds(),
                    theirs.median("edit", r, k -> edit(hugo.resolve(edited), k), hugoBuild).seconds(), "s"));
            rows.add(new Row(label, "rebuild after adding one article (breaking news)",
                    ours.median("add", r, k -> add(project.resolve(edited), project.resolve(edited), k), build).seconds(),
                    theirs.median("add", r, k -> add(project.resolve(edited), hugo.resolve(edited), k), hugoBuild).seconds(), "s"));
        }
        rows.add(new Row(label, "peak RSS, cold build", cold.peakRssMb(), hugoCold.peakRssMb(), "MB"));
        notes.add(String.format(Locale.ROOT, "%s: explainer wrote %,d files, Hugo %,d", label,
                countFiles(project.resolve("site")), countFiles(hugo.resolve("public"))));
    }

    private TimedCommand explainer(Path project, String... args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return new TimedCommand(project, command);
    }

    private String table() {
        List<String> lines = new ArrayList<>();
        lines.add(Machine.describe(runs));
        lines.add("");
        lines.add("| corpus | phase | explainer | Hugo | explainer / Hugo |");
        lines.add("| --- | --- | ---: | ---: | ---: |");
        rows.forEach(row -> lines.add(row.cells()));
        lines.add("");
        notes.forEach(note -> lines.add("- " + note));
        return String.join("\n", lines) + "\n";
    }

    private static int synthetic(int n, Path seeds) {
        SyntheticCorpus.generate(n, (path, text) -> TestFiles.write(seeds.resolve(path), text));
        return n;
    }

    private static int reuters(Path seeds) {
        ReutersCorpus corpus = ReutersCorpus.fetchFirst(Integer.MAX_VALUE);
        if (corpus == null) {
            throw new IllegalStateException("Reuters-21578 could not be fetched with npm (see target/reuters/fetch.log)");
        }
        List<ReutersCorpus.Wire> wires = corpus.wires();
        wires.forEach(w -> TestFiles.write(seeds.resolve(ReutersSeeds.path(w)), ReutersSeeds.seed(w)));
        return wires.size();
    }

    /** The edited article: the middle one in path order, the same file in both projects. */
    private static String middlePage(Path content) {
        try (Stream<Path> walk = Files.walk(content)) {
            List<Path> pages = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            return content.getParent().relativize(pages.get(pages.size() / 2)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void edit(Path page, int run) {
        try {
            Files.writeString(page, "\nA correction appended in benchmark run " + (run + 1) + ".\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes beside {@code target} a new article in the story of the page at {@code model}, dated after
     * every other, as an editor would: its own title and slug, no seed.
     */
    private static void add(Path model, Path target, int run) {
        try {
            String text = Files.readString(model, StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^title: .*$", "title: Breaking news " + (run + 1))
                    .replaceFirst("(?m)^slug: .*$", "slug: breaking-news-" + (run + 1))
                    .replaceFirst("(?m)^date: .*$", "date: 2025-12-" + (10 + run))
                    .replaceAll("(?m)^(seed|seed_hash|extraction_key): .*\\n", "");
            Files.writeString(target.resolveSibling("breaking-news-" + (run + 1) + ".md"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes everything in {@code dir} but the named entries: a cold build starts from sources only. */
    private static void clean(Path dir, String... keep) {
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> !Set.of(keep).contains(p.getFileName().toString())).forEach(TestFiles::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Runs of one tool, each after its preparation step; medians of wall time, the highest peak RSS. */
    record Phase(Path logs, String tool) {
        record Result(double seconds, double peakRssMb) {
        }

        Result median(String phase, int runs, IntConsumer prepare, TimedCommand command) {
            List<TimedCommand.Sample> samples = new ArrayList<>();
            for (int k = 0; k < runs; k++) {
                prepare.accept(k);
                samples.add(command.run(logs.resolve(tool + "-" + phase + "-" + (k + 1) + ".log")));
            }
            double[] seconds = samples.stream().mapToDouble(TimedCommand.Sample::seconds).sorted().toArray();
            double median = seconds.length % 2 == 1 ? seconds[seconds.length / 2]
                    : (seconds[seconds.length / 2 - 1] + seconds[seconds.length / 2]) / 2;
            long rss = samples.stream().mapToLong(TimedCommand.Sample::peakRssKb).max().orElse(0);
            System.err.printf(Locale.ROOT, "bench:   %-8s %-9s %s%n", tool, phase,
                    samples.stream().map(s -> String.format(Locale.ROOT, "%.2fs", s.seconds())).toList());
            return new Result(median, rss / 1024.0);
        }
    }
}
